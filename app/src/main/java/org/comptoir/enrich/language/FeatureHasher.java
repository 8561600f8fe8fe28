package org.comptoir.enrich.language;

/**
 * Maps normalised text (words between single spaces) to hashed feature indexes: every character
 * n-gram of order 1 to {@code maxOrder} that does not cross a word (it may start or end on the
 * boundary space), plus every whole word. Hashing is FNV-1a then a final avalanche, masked to
 * {@code 2^hashBits} buckets. Pure function of its inputs; never allocates.
 */
final class FeatureHasher {
    private static final int FNV_OFFSET = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;
    private static final int WORD_SEED = 0x5BD1E995;

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
        for (int i = 0; i < len; i++) {
            int h = FNV_OFFSET;
            for (int order = 1; order <= maxOrder && i + order <= len; order++) {
                char c = text[i + order - 1];
                h = (h ^ c) * FNV_PRIME;
                if (c == ' ') {
                    if (order > 1) {
                        out[count++] = finish(h, mask);
                        break;
                    }
                    continue;
                }
                out[count++] = finish(h, mask);
            }
            if (text[i] == ' ' && i + 1 < len) {
                int w = WORD_SEED;
                int j = i + 1;
                while (j < len && text[j] != ' ') {
                    w = (w ^ text[j]) * FNV_PRIME;
                    j++;
                }
                if (j > i + 1) {
                    out[count++] = finish(w, mask);
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
