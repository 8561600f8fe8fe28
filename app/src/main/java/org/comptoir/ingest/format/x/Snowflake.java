package org.comptoir.ingest.format.x;

import java.time.Instant;
import org.comptoir.ingest.InvalidRecordException;

/**
 * The creation time X encodes in every tweet id since November 2010 (a "snowflake"): milliseconds since X's
 * epoch in the bits above the lowest 22, {@code (id >> 22) + 1288834974657}. Used when a page was requested
 * without {@code tweet.fields=created_at}; the post's raw record then says the time was derived.
 */
public final class Snowflake {
    /** X's epoch, 2010-11-04T01:42:54.657Z, in Unix milliseconds. */
    public static final long EPOCH_MILLIS = 1288834974657L;
    /** The key appended to the raw tweet when its time was derived: {@code "comptoir_derived":{"created_at":"snowflake id"}}. */
    public static final String DERIVED_KEY = "comptoir_derived";
    /** Ids below this (under a day after X's epoch) are older sequential ids that carry no time. */
    private static final long FIRST_SNOWFLAKE = 24L * 3600 * 1000 << 22;

    private Snowflake() {
    }

    /** @throws InvalidRecordException when the id is not a snowflake (not a whole number, or older than 2010-11-04) */
    public static Instant createdAt(String id) {
        long value;
        try {
            value = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRecordException("missing required field 'created_at' (request tweet.fields=created_at), "
                    + "and id '" + id + "' is not a snowflake id its time could be derived from");
        }
        if (value < FIRST_SNOWFLAKE) {
            throw new InvalidRecordException("missing required field 'created_at' (request tweet.fields=created_at), "
                    + "and id " + id + " predates snowflake ids (November 2010), so it encodes no time");
        }
        return Instant.ofEpochMilli((value >> 22) + EPOCH_MILLIS);
    }

    /** The raw JSON object with {@code "comptoir_derived":{"created_at":"snowflake id"}} appended. */
    static String markDerived(String raw) {
        String trimmed = raw == null ? "" : raw.stripTrailing();
        if (!trimmed.endsWith("}")) {
            return raw;
        }
        String body = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
        String separator = body.endsWith("{") ? "" : ",";
        return body + separator + "\"" + DERIVED_KEY + "\":{\"created_at\":\"snowflake id\"}}";
    }
}
