package org.comptoir.source;

import java.time.Instant;

/**
 * A source's {@code credentials_expire_at} came within 7 days: published at the first poll inside that window
 * (the previous poll was before it), so once per episode.
 */
public record SourceCredentialsExpiring(String workspace, long id, String name, String type, String expiresAt, Instant at) {
}
