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
 * @param gaps     stretches of time the connector knows it may have missed posts in (or bridged a break in), for health
 */
public record Fetch(List<Payload> payloads, String cursor, boolean more, Instant newest, long seen, java.time.Duration holdOff,
                    List<Gap> gaps) {
    public Fetch {
        payloads = List.copyOf(payloads);
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }

    public Fetch(List<Payload> payloads, String cursor, boolean more, Instant newest, long seen, java.time.Duration holdOff) {
        this(payloads, cursor, more, newest, seen, holdOff, List.of());
    }

    public Fetch(List<Payload> payloads, String cursor, boolean more, Instant newest, long seen) {
        this(payloads, cursor, more, newest, seen, null, List.of());
    }

    /** The same fetch, told to wait {@code delay} (null: no wait) before the next one. */
    public Fetch waiting(java.time.Duration delay) {
        return new Fetch(payloads, cursor, more, newest, seen, delay, gaps);
    }

    /** The same fetch, reporting these gaps as well. */
    public Fetch withGaps(List<Gap> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Gap> all = new java.util.ArrayList<>(gaps);
        all.addAll(more);
        return new Fetch(payloads, cursor, this.more, newest, seen, holdOff, all);
    }

    /**
     * A stretch of time in which posts may be missing from what was stored, as far as the connector can tell.
     *
     * @param from    the start (the newest post read before the break); null when unknown
     * @param to      the end (the first post read after it, or when reading resumed); null when unknown
     * @param reason  what happened, in the network's terms ({@code "cursor older than the replay window"})
     * @param bridged true when the connector read the stretch by other means (a REST catch-up after a stream
     *                broke): reported so a break is seen, but nothing is missing
     */
    public record Gap(Instant from, Instant to, String reason, boolean bridged) {
        public Gap {
            Objects.requireNonNull(reason, "reason");
        }
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
