package org.comptoir.enrich.language;

/**
 * Per-thread scratch buffers for one detection: the normalised text, its hashed features, the
 * per-language sums and the script counts. Reused across calls so detection allocates almost nothing.
 */
final class Workspace {
    char[] text = new char[512];
    int[] features = new int[4096];
    int[] sums = new int[16];
    int letters;
    int latin;
    int arabic;
    int devanagari;
    int otherScript;

    void reset(int maxChars) {
        if (text.length < maxChars) {
            text = new char[Math.max(maxChars, text.length * 2)];
        }
        letters = 0;
        latin = 0;
        arabic = 0;
        devanagari = 0;
        otherScript = 0;
    }

    int[] sums(int languages) {
        if (sums.length < languages) {
            sums = new int[languages];
        }
        java.util.Arrays.fill(sums, 0, languages, 0);
        return sums;
    }

    int[] features(int capacity) {
        if (features.length < capacity) {
            features = new int[Math.max(capacity, features.length * 2)];
        }
        return features;
    }
}
