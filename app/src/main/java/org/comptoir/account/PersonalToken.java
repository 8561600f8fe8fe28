package org.comptoir.account;

import java.time.Instant;

/** A personal API token as listed: never its secret, which is shown once when created and kept only hashed. */
public record PersonalToken(String id, String user, String name, Instant createdAt, Instant expiresAt,
                            Instant revokedAt, Instant lastUsedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** A token just created: its listing and the bearer value to show once ({@code cpt_<id>_<secret>}). */
    public record Issued(PersonalToken token, String value) {
    }
}
