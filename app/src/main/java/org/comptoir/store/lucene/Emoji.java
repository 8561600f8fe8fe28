package org.comptoir.store.lucene;

/** Code point classes needed to keep an emoji sequence (ZWJ, skin tone, flag, keycap, tags) as one token. */
final class Emoji {
    static final int ZWJ = 0x200D;

    private Emoji() {
    }

    /** A code point that starts an emoji (Extended_Pictographic approximation, flags, modifiers). */
    static boolean isStart(int c) {
        return c >= 0x1F000 && c <= 0x1FAFF || c >= 0x1FC00 && c <= 0x1FFFD
                || c >= 0x2600 && c <= 0x27BF || c >= 0x2300 && c <= 0x23FF
                || c >= 0x2B00 && c <= 0x2BFF || c >= 0x2190 && c <= 0x21FF
                || c >= 0x2934 && c <= 0x2935 || c >= 0x25A0 && c <= 0x25FF
                || c == 0x203C || c == 0x2049 || c == 0x2122 || c == 0x2139
                || c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299;
    }

    static boolean isRegionalIndicator(int c) {
        return c >= 0x1F1E6 && c <= 0x1F1FF;
    }

    /** Marks that extend the previous emoji: skin tones, keycap, tag characters. */
    static boolean isModifier(int c) {
        return c >= 0x1F3FB && c <= 0x1F3FF || c == 0x20E3 || c >= 0xE0020 && c <= 0xE007F;
    }

    /** Variation selectors: dropped from tokens so that {@code ❤️} and {@code ❤} are the same token. */
    static boolean isVariationSelector(int c) {
        return c == 0xFE0F || c == 0xFE0E;
    }
}
