package org.comptoir.connector;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.comptoir.ingest.ImportFormat;

/**
 * What one fetch brought.
 *
 * @param payloads the raw records, each in an import format (a feed, a page of statuses, Jetstream lines)
 * @param cursor   where the next fetch starts once these payloads are durable (unchanged when nothing is new)
 * @param more     true when more is waiting now (a full page, a stream): fetch again without waiting
 * @param newest   the time of the newest event read, for the lag of a stream; null when unknown
 * @param seen     how many network events were read (a stream reads many it filters out)
 * @param holdOff  the network's rate limit is spent: wait at least this long before the next fetch; null otherwise
 */
public record Fetch(List<Payload> payloads, String cursor, boolean more, Instant newest, long seen, java.time.Duration holdOff) {
    public Fetch {
        payloads = List.copyOf(payloads);
    }

    public Fetch(List<Payload> payloads, String cursor, boolean more, Instant newest, long seen) {
        this(payloads, cursor, more, newest, seen, null);
    }

    /** The same fetch, told to wait {@code delay} (null: no wait) before the next one. */
    public Fetch waiting(java.time.Duration delay) {
        return new Fetch(payloads, cursor, more, newest, seen, delay);
    }

    public static Fetch nothingNew(String cursor) {
        return new Fetch(List.of(), cursor, false, null, 0);
    }

    /** Raw bytes in a format {@code ingest} reads; {@code name} says where they came from (a URL, a stream). */
    public record Payload(ImportFormat format, String name, byte[] bytes) {
        public Payload {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(bytes, "bytes");
        }
    }
}
