package org.comptoir.enrich.sentiment;

/** 32-bit string and integer hashing for the feature buckets (FNV-1a steps, MurmurHash3 finaliser). */
final class Hashing {

    private Hashing() {
    }

    static int hash(String s, int seed) {
        int h = seed;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return finish(h);
    }

    static int mix(int a, int b) {
        return finish(a * 0x9E3779B1 + b);
    }

    static int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
