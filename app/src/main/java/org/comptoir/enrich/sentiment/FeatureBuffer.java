package org.comptoir.enrich.sentiment;

import java.util.Arrays;

/**
 * The hashed features of one post: bucket, value, and where each came from (for explanations).
 * A source packs one or two token indices (see {@link #source(int, int)}); {@link #NO_SOURCE} marks
 * features that explain nothing (the bias). Reused across posts by one thread; not thread-safe.
 */
final class FeatureBuffer {

    static final int NO_SOURCE = -1;

    int[] buckets = new int[512];
    float[] values = new float[512];
    int[] sources = new int[512];
    int size;

    void clear() {
        size = 0;
    }

    void add(int bucket, float value, int source) {
        if (size == buckets.length) {
            int capacity = size * 2;
            buckets = Arrays.copyOf(buckets, capacity);
            values = Arrays.copyOf(values, capacity);
            sources = Arrays.copyOf(sources, capacity);
        }
        buckets[size] = bucket;
        values[size] = value;
        sources[size] = source;
        size++;
    }

    /** A source naming token {@code first} alone ({@code second < 0}) or shared by two tokens. */
    static int source(int first, int second) {
        return second < 0 ? first : first | ((second + 1) << 15);
    }

    static int first(int source) {
        return source & 0x7FFF;
    }

    /** The second token of a shared source, or -1. */
    static int second(int source) {
        return (source >>> 15) - 1;
    }
}
