package org.comptoir.ingest.format;

import java.nio.charset.StandardCharsets;

/**
 * Where a record sits in its source and its bytes as received.
 *
 * @param line   1-based physical line where the record starts, 0 when unknown
 * @param offset byte offset of the record start
 * @param raw    the record's bytes, never null
 */
public record Located(long line, long offset, byte[] raw) {
    public Located {
        raw = raw == null ? new byte[0] : raw;
    }

    /** The raw bytes as text, for {@link org.comptoir.post.Post#raw()} (only called on valid UTF-8). */
    public String rawText() {
        return new String(raw, StandardCharsets.UTF_8);
    }
}
