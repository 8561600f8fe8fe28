package org.comptoir.enrich.language;

/**
 * Maps normalised text (words between single spaces) to hashed feature indexes. A plain word gives
 * every character n-gram of order 1 to {@code maxOrder} inside " word " (n-grams may start or end on
 * the boundary spaces, a lone space is not a feature) plus the whole word. A hashtag ({@code #tag})
 * gives the same kinds of features hashed apart from body text, so the model learns on its own how much
 * tags (often English, whatever the post's language) say about the language. Hashing is FNV-1a
 * then a final avalanche, masked to {@code 2^hashBits} buckets. Pure function; never allocates.
 */
final class FeatureHasher {
    private static final int FNV_OFFSET = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;
    private static final int WORD_SEED = 0x5BD1E995;
    private static final int TAG_OFFSET = 0x27D4EB2F;

    private FeatureHasher() {
    }

    /** Upper bound on the number of features {@link #extract} can write for {@code len} characters. */
    static int capacity(int len, int maxOrder) {
        return len * (maxOrder + 1);
    }

    /** Writes the features of {@code text[0..len)} into {@code out}; returns how many were written. */
    static int extract(char[] text, int len, int maxOrder, int hashBits, int[] out) {
        int mask = (1 << hashBits) - 1;
        int count = 0;
        int space = 0;
        for (int i = 1; i < len; i++) {
            if (text[i] == ' ') {
                if (i > space + 1) {
                    count = word(text, space + 1, i, maxOrder, mask, out, count);
                }
                space = i;
            }
        }
        return count;
    }

    /** Features of the word {@code text[from..to)}; {@code text[from - 1]} and {@code text[to]} are spaces. */
    private static int word(char[] text, int from, int to, int maxOrder, int mask, int[] out, int count) {
        int w = WORD_SEED;
        for (int j = from; j < to; j++) {
            w = (w ^ text[j]) * FNV_PRIME;
        }
        out[count++] = finish(w, mask);
        boolean tag = text[from] == TextNormalizer.HASHTAG;
        int boundary = tag ? from : from - 1;
        int offset = tag ? TAG_OFFSET : FNV_OFFSET;
        for (int start = boundary; start < to; start++) {
            int h = offset;
            int last = Math.min(to, start + maxOrder - 1);
            for (int j = start; j <= last; j++) {
                h = (h ^ text[j]) * FNV_PRIME;
                if (j > start || start > boundary) {
                    out[count++] = finish(h, mask);
                }
            }
        }
        return count;
    }

    private static int finish(int h, int mask) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h & mask;
    }
}
