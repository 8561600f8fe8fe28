package org.comptoir.enrich.intent;

/** Per-thread scratch list of the cue patterns that fired on one text: family and token span. */
final class CueHits {
    static final int CAPACITY = 64;

    final int[] family = new int[CAPACITY];
    final int[] start = new int[CAPACITY];
    final int[] end = new int[CAPACITY];
    int count;
    int firedMask;

    void clear() {
        count = 0;
        firedMask = 0;
    }

    void add(CueFamily cue, int fromToken, int toToken) {
        firedMask |= cue.bit();
        if (count < CAPACITY) {
            family[count] = cue.ordinal();
            start[count] = fromToken;
            end[count] = toToken;
            count++;
        }
    }

    boolean fired(CueFamily cue) {
        return (firedMask & cue.bit()) != 0;
    }

    /** The first hit of a family, or -1. */
    int firstHit(CueFamily cue) {
        for (int i = 0; i < count; i++) {
            if (family[i] == cue.ordinal()) {
                return i;
            }
        }
        return -1;
    }
}
