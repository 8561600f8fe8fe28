package org.comptoir.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comptoir.events.Events;

/**
 * Personal API tokens ({@code Authorization: Bearer cpt_<id>_<secret>}). The secret is 256 random bits,
 * kept only as its SHA-256: a slow password hash adds nothing to a secret nobody chose, and a fast one
 * keeps every API call cheap (docs/security.md). The id finds the row; the hash is compared in constant time.
 */
public final class PersonalTokens {
    private static final Pattern FORMAT = Pattern.compile("cpt_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private final TokenRepository repository;
    private final Accounts accounts;
    private final Events events;
    private final Clock clock;

    public PersonalTokens(TokenRepository repository, Accounts accounts, Events events, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a token for the user; {@code expiresInDays} null or 0 means it never expires. */
    public PersonalToken.Issued create(String user, String name, Integer expiresInDays) {
        accounts.find(user).orElseThrow(() -> new Accounts.NoSuchUser(user));
        if (expiresInDays != null && expiresInDays < 0) {
            throw new IllegalArgumentException("expires: give a number of days, 1 or more (0 for never)");
        }
        String label = name == null || name.isBlank() ? "token" : name.strip();
        if (label.length() > 200) {
            throw new IllegalArgumentException("a token name has at most 200 characters");
        }
        byte[] idBytes = new byte[8];
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(idBytes);
        RANDOM.nextBytes(secretBytes);
        String id = HexFormat.of().formatHex(idBytes);
        String secret = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        Instant now = clock.instant();
        Instant expires = expiresInDays == null || expiresInDays == 0 ? null : now.plus(Duration.ofDays(expiresInDays));
        PersonalToken token = new PersonalToken(id, user, label, now, expires, null, null);
        repository.insert(token, sha256(secret));
        events.publish(new AccountEvents.TokenCreated(user, id, label));
        return new PersonalToken.Issued(token, "cpt_" + id + "_" + secret);
    }

    public List<PersonalToken> list(String user) {
        return repository.list(user);
    }

    /** Revokes one of the user's tokens; false when the user has no active token with that id. */
    public boolean revoke(String user, String id) {
        Optional<PersonalToken> token = repository.find(id).filter(t -> t.user().equals(user));
        if (token.isEmpty() || !repository.revoke(id, clock.instant())) {
            return false;
        }
        events.publish(new AccountEvents.TokenRevoked(user, id));
        return true;
    }

    /** The owner of a valid, unrevoked, unexpired token. */
    public Optional<Account> authenticate(String bearer) {
        Matcher parts = bearer == null ? null : FORMAT.matcher(bearer.strip());
        if (parts == null || !parts.matches()) {
            return Optional.empty();
        }
        String id = parts.group(1);
        Optional<String> stored = repository.secretHash(id);
        byte[] presented = sha256(parts.group(2)).getBytes(StandardCharsets.US_ASCII);
        if (stored.isEmpty() || !MessageDigest.isEqual(stored.get().getBytes(StandardCharsets.US_ASCII), presented)) {
            return Optional.empty();
        }
        PersonalToken token = repository.find(id).orElseThrow();
        Instant now = clock.instant();
        if (!token.activeAt(now)) {
            return Optional.empty();
        }
        if (token.lastUsedAt() == null || token.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            repository.touch(id, now);
        }
        return accounts.find(token.user());
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
