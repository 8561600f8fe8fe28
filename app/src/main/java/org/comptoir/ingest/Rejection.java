package org.comptoir.ingest;

import java.util.Arrays;
import java.util.Objects;

/**
 * A record that could not be imported, kept in quarantine with the reason.
 *
 * @param source name of the file or stream the record came from
 * @param line   1-based physical line where the record starts, 0 when not applicable
 * @param offset byte offset of the record start in the source
 * @param reason what is wrong, naming the field (for example {@code missing required field 'id'})
 * @param raw    the bytes of the record exactly as received (possibly invalid UTF-8), never null
 */
public record Rejection(String source, long line, long offset, String reason, byte[] raw) {
    public Rejection {
        Objects.requireNonNull(reason, "reason");
        raw = raw == null ? new byte[0] : raw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rejection r && Objects.equals(source, r.source) && line == r.line
                && offset == r.offset && reason.equals(r.reason) && Arrays.equals(raw, r.raw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, line, offset, reason, Arrays.hashCode(raw));
    }

    @Override
    public String toString() {
        return "Rejection[" + source + ":" + line + " @" + offset + " " + reason + " (" + raw.length + " bytes)]";
    }
}
