package org.comptoir.alert;

import java.time.Duration;
import java.time.Instant;

/**
 * Posts per hour from {@code start} (an hour boundary, UTC): {@code counts[i]} covers
 * {@code [start + i h, start + (i + 1) h)}. {@code firstData} is the first hour with a post: earlier
 * hours are "before the topic existed", not "silent", and never enter a baseline.
 */
record HourlySeries(Instant start, long[] counts, int firstData) {
    static final Duration HOUR = Duration.ofHours(1);

    static HourlySeries of(Instant start, long[] counts) {
        int first = 0;
        while (first < counts.length && counts[first] == 0) {
            first++;
        }
        return new HourlySeries(start, counts, first);
    }

    int size() {
        return counts.length;
    }

    Instant hour(int i) {
        return start.plus(HOUR.multipliedBy(i));
    }

    long at(int i) {
        return counts[i];
    }
}
