package org.comptoir.post;

/** Public engagement counters of a post at the time it was seen. Missing counters are zero. */
public record Metrics(long likes, long reposts, long replies) {
    public static final Metrics NONE = new Metrics(0, 0, 0);

    public long engagement() {
        return likes + reposts + replies;
    }
}
