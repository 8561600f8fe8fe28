package org.comptoir.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.comptoir.events.Events;
import org.comptoir.sql.Sql;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Users, their passwords and their roles per workspace: the use cases behind {@code comptoir user …},
 * {@code /api/v1/users} and sign-in. Passwords are kept with Spring Security's delegating encoder
 * (bcrypt, {@code {bcrypt}$2a$10$…}); every change is published as an {@link AccountEvents} record.
 */
public final class Accounts {
    public static final int MIN_PASSWORD = 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final AccountRepository repository;
    private final Events events;
    private final Clock clock;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    public Accounts(AccountRepository repository, Events events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    public Account add(String name, String password, boolean admin) {
        Account.checkName(name);
        if (!repository.insert(name, encoder.encode(checkPassword(password)), admin, clock.instant())) {
            throw new IllegalArgumentException("a user named '" + name + "' already exists");
        }
        events.publish(new AccountEvents.UserAdded(name, admin));
        return repository.find(name).orElseThrow();
    }

    public void changePassword(String name, String password) {
        if (!repository.updatePassword(name, encoder.encode(checkPassword(password)), clock.instant())) {
            throw new NoSuchUser(name);
        }
        events.publish(new AccountEvents.PasswordChanged(name));
    }

    /** Removes a user with their roles and tokens; the last global administrator cannot be removed. */
    public void remove(String name) {
        Account account = find(name).orElseThrow(() -> new NoSuchUser(name));
        if (account.admin() && repository.countAdmins() <= 1) {
            throw new IllegalArgumentException("'" + name + "' is the last global administrator: add another one first");
        }
        repository.delete(name);
        events.publish(new AccountEvents.UserRemoved(name));
    }

    public void grant(String user, String workspace, Role role) {
        find(user).orElseThrow(() -> new NoSuchUser(user));
        try {
            repository.grant(user, workspace, role, clock.instant());
        } catch (Sql.SqlFailure e) {
            throw new IllegalArgumentException("no workspace named '" + workspace + "'");
        }
        events.publish(new AccountEvents.RoleGranted(user, workspace, role));
    }

    public boolean revoke(String user, String workspace) {
        boolean revoked = repository.revoke(user, workspace);
        if (revoked) {
            events.publish(new AccountEvents.RoleRevoked(user, workspace));
        }
        return revoked;
    }

    public List<Account> list() {
        return repository.list();
    }

    public Optional<Account> find(String name) {
        return repository.find(name);
    }

    public Optional<Role> roleIn(String user, String workspace) {
        return repository.roleIn(user, workspace);
    }

    public Map<String, Role> roles(String user) {
        return repository.roles(user);
    }

    public Map<String, Role> members(String workspace) {
        return repository.members(workspace);
    }

    /** The stored hash of a user's password, for the sign-in check. */
    public Optional<String> passwordHash(String name) {
        return repository.passwordHash(name);
    }

    public PasswordEncoder encoder() {
        return encoder;
    }

    /**
     * On a data directory without a global administrator, creates {@code admin} with {@code password}
     * (from {@code COMPTOIR_ADMIN_PASSWORD}) or a random one. Returns the password when it was generated.
     */
    public Optional<String> ensureFirstAdmin(String password) {
        if (repository.countAdmins() > 0) {
            return Optional.empty();
        }
        boolean generate = password == null || password.isEmpty();
        String chosen = generate ? randomPassword() : password;
        if (repository.find(Account.FIRST_ADMIN).isPresent()) {
            throw new IllegalStateException("this data directory has no global administrator and its user '"
                    + Account.FIRST_ADMIN + "' is not one: run 'comptoir user add NAME --admin' with the server stopped");
        }
        add(Account.FIRST_ADMIN, chosen, true);
        return generate ? Optional.of(chosen) : Optional.empty();
    }

    /**
     * Creates or resets an account with a fixed password and exactly one role, bypassing the password
     * policy: used for the demo users, which exist only while the server listens on loopback.
     */
    public void ensureFixed(String name, String password, String workspace, Role role) {
        if (repository.find(name).isEmpty()) {
            repository.insert(name, encoder.encode(password), false, clock.instant());
            events.publish(new AccountEvents.UserAdded(name, false));
        } else if (!encoder.matches(password, repository.passwordHash(name).orElse(""))) {
            repository.updatePassword(name, encoder.encode(password), clock.instant());
        }
        if (!repository.roleIn(name, workspace).equals(Optional.of(role))) {
            grant(name, workspace, role);
        }
    }

    /** Removes an account if it exists, without the last-administrator check (demo users are never admins). */
    public void removeIfPresent(String name) {
        if (repository.delete(name)) {
            events.publish(new AccountEvents.UserRemoved(name));
        }
    }

    static String checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > 200) {
            throw new IllegalArgumentException("a password has at most 200 characters");
        }
        return password;
    }

    static String randomPassword() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The named user does not exist. */
    public static final class NoSuchUser extends java.util.NoSuchElementException {
        public NoSuchUser(String name) {
            super("no user named '" + name + "'");
        }
    }
}
