package org.comptoir.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.comptoir.Comptoir;
import org.comptoir.enrich.Enricher;
import org.comptoir.sql.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsAndTokensTest {
    @TempDir
    Path dir;
    final LoginThrottleTest.MutableClock clock = new LoginThrottleTest.MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    Comptoir comptoir;
    Accounts accounts;
    PersonalTokens tokens;

    @BeforeEach
    void open() {
        comptoir = Comptoir.open(dir, Enricher.none(), clock);
        accounts = comptoir.accounts();
        tokens = comptoir.tokens();
    }

    @AfterEach
    void close() {
        comptoir.close();
    }

    @Test
    void passwordsAreStoredWithBcryptAndCheckedAgainstThePolicy() {
        accounts.add("marie", "correct horse battery", false);
        String hash = accounts.passwordHash("marie").orElseThrow();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("correct horse");
        assertThat(accounts.encoder().matches("correct horse battery", hash)).isTrue();
        assertThatThrownBy(() -> accounts.add("paul", "short", false)).hasMessageContaining("at least 8 characters");
        assertThatThrownBy(() -> accounts.add("marie", "another password", false)).hasMessageContaining("already exists");
        assertThatThrownBy(() -> accounts.add("Marie Curie", "another password", false)).hasMessageContaining("invalid user name");
    }

    @Test
    void theFirstAdminTakesTheEnvironmentPasswordOrARandomOneAndOnlyOnce() {
        assertThat(accounts.ensureFirstAdmin("from-the-environment")).isEmpty();
        assertThat(accounts.encoder().matches("from-the-environment", accounts.passwordHash("admin").orElseThrow())).isTrue();
        assertThat(accounts.find("admin").orElseThrow().admin()).isTrue();
        assertThat(accounts.ensureFirstAdmin(null)).as("an administrator exists: nothing to do").isEmpty();
    }

    @Test
    void aRandomFirstAdminPasswordIsReturnedToBePrinted() {
        String password = accounts.ensureFirstAdmin(null).orElseThrow();
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);
        assertThat(accounts.encoder().matches(password, accounts.passwordHash("admin").orElseThrow())).isTrue();
    }

    @Test
    void theLastGlobalAdministratorCannotBeRemoved() {
        accounts.add("root", "root-password", true);
        assertThatThrownBy(() -> accounts.remove("root")).hasMessageContaining("last global administrator");
        accounts.add("root2", "root-password", true);
        accounts.remove("root");
        assertThat(accounts.find("root")).isEmpty();
    }

    @Test
    void rolesAreGrantedOnlyInWorkspacesThatExist() {
        accounts.add("marie", "marie-password", false);
        accounts.grant("marie", "default", Role.AGENT);
        assertThat(accounts.roleIn("marie", "default")).contains(Role.AGENT);
        accounts.grant("marie", "default", Role.VIEWER);
        assertThat(accounts.roles("marie")).containsExactly(java.util.Map.entry("default", Role.VIEWER));
        assertThatThrownBy(() -> accounts.grant("marie", "nowhere", Role.ADMIN)).hasMessageContaining("no workspace named 'nowhere'");
        assertThat(accounts.revoke("marie", "default")).isTrue();
        assertThat(accounts.roleIn("marie", "default")).isEmpty();
    }

    @Test
    void aTokenIsStoredOnlyAsTheHashOfItsSecretAndAuthenticatesItsOwner() {
        accounts.add("marie", "marie-password", false);
        PersonalToken.Issued issued = tokens.create("marie", "script", null);
        assertThat(issued.value()).matches("cpt_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        String secret = issued.value().substring("cpt_".length() + 16 + 1);
        List<String> stored = Sql.query(comptoir.dataSource(), "select secret_hash from personal_token", row -> row.getString(1));
        assertThat(stored).containsExactly(PersonalTokens.sha256(secret));
        assertThat(stored.get(0)).doesNotContain(secret);
        assertThat(tokens.authenticate(issued.value())).map(Account::name).contains("marie");
        String value = issued.value();
        char other = value.charAt(value.length() - 1) == 'A' ? 'B' : 'A'; // a different last character, whatever the random one was
        assertThat(tokens.authenticate(value.substring(0, value.length() - 1) + other)).isEmpty();
        assertThat(tokens.authenticate("cpt_0000000000000000_" + secret)).isEmpty();
        assertThat(tokens.authenticate("not a token")).isEmpty();
        assertThat(tokens.list("marie")).singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
    }

    @Test
    void aRevokedOrExpiredTokenNoLongerAuthenticates() {
        accounts.add("marie", "marie-password", false);
        PersonalToken.Issued revoked = tokens.create("marie", "old", null);
        PersonalToken.Issued expiring = tokens.create("marie", "week", 7);
        assertThat(tokens.revoke("paul", revoked.token().id())).as("only the owner revokes").isFalse();
        assertThat(tokens.revoke("marie", revoked.token().id())).isTrue();
        assertThat(tokens.revoke("marie", revoked.token().id())).as("already revoked").isFalse();
        assertThat(tokens.authenticate(revoked.value())).isEmpty();
        assertThat(tokens.authenticate(expiring.value())).isPresent();
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertThat(tokens.authenticate(expiring.value())).isEmpty();
    }

    @Test
    void removingAUserRemovesTheirRolesAndTokens() {
        accounts.add("marie", "marie-password", false);
        accounts.grant("marie", "default", Role.MANAGER);
        PersonalToken.Issued issued = tokens.create("marie", "script", null);
        accounts.remove("marie");
        assertThat(tokens.authenticate(issued.value())).isEmpty();
        assertThat(accounts.members("default")).isEmpty();
    }
}
