package org.comptoir.alert;

import java.time.Instant;

/**
 * One spike as a person sees it: it started with the hour {@code start}, peaked in the hour {@code peak}
 * ({@code observed} posts where {@code expected} ± {@code spread} were expected, {@code score} noise units
 * above) and ended at {@code end} (null while it goes on). {@code posts} counts the episode's posts so far.
 */
public record Episode(Instant start, Instant peak, Instant end, long observed, double expected, double spread, double score,
                      String baseline, long posts) {

    public boolean ongoing() {
        return end == null;
    }
}
