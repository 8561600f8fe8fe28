package org.comptoir.connector.bluesky;

import org.comptoir.connector.Prefilter;

/**
 * What a Jetstream event costs before decoding: a scan for {@code time_us}, for a post being created or updated,
 * and the workspace's {@link Prefilter} on the raw line. Deletes, identity and account events are dropped here.
 */
public final class JetstreamFilter {
    private static final String TIME = "\"time_us\":";
    private final Prefilter prefilter;

    public JetstreamFilter(Prefilter prefilter) {
        this.prefilter = prefilter;
    }

    /** True for a post creation or update that the prefilter may match. */
    public boolean keep(String event) {
        return event.contains("\"app.bsky.feed.post\"")
                && (event.contains("\"operation\":\"create\"") || event.contains("\"operation\":\"update\""))
                && prefilter.mayMatch(event);
    }

    /** The event's {@code time_us}, or -1 when it has none (a malformed frame, kept so ingest quarantines it). */
    public static long timeUs(String event) {
        int at = event.indexOf(TIME);
        if (at < 0) {
            return -1;
        }
        int i = at + TIME.length();
        while (i < event.length() && event.charAt(i) == ' ') {
            i++;
        }
        long value = 0;
        int digits = 0;
        for (; i < event.length() && digits < 19; i++, digits++) {
            char c = event.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
        }
        return digits == 0 ? -1 : value;
    }
}
