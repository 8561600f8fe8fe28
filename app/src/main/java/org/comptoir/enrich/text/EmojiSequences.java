package org.comptoir.enrich.text;

/**
 * Finds where an emoji sequence ends: a base pictograph followed by any variation selectors,
 * skin-tone modifiers, keycap marks, tag characters (subdivision flags) and ZWJ-joined pictographs;
 * or a pair of regional indicators (a flag).
 */
final class EmojiSequences {

    private static final int ZWJ = 0x200D;

    private EmojiSequences() {
    }

    /** True when the code point can start an emoji. */
    static boolean isPictograph(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF && !isSkinTone(cp))
                || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x2300 && cp <= 0x23FF)
                || (cp >= 0x2B05 && cp <= 0x2B55)
                || cp == 0x00A9 || cp == 0x00AE || cp == 0x203C || cp == 0x2049 || cp == 0x2122
                || cp == 0x2139 || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299
                || (cp >= 0x2194 && cp <= 0x21AA);
    }

    static boolean isSkinTone(int cp) {
        return cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /** True for code points that only decorate an emoji (and are dropped from its normalised form). */
    static boolean isModifier(int cp) {
        return cp == 0xFE0F || cp == 0xFE0E || isSkinTone(cp) || cp == 0x20E3 || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    /**
     * End (exclusive) of the emoji sequence starting at {@code from}, or {@code from} when none starts there.
     * A keycap ({@code 1️⃣}) starts with a digit, {@code #} or {@code *}.
     */
    static int end(String s, int from) {
        int cp = s.codePointAt(from);
        int i = from + Character.charCount(cp);
        if (isRegionalIndicator(cp)) {
            if (i < s.length() && isRegionalIndicator(s.codePointAt(i))) {
                return i + 2;
            }
            return i;
        }
        if (!isPictograph(cp)) {
            return isKeycap(s, from, cp) ? skipModifiers(s, i) : from;
        }
        i = skipModifiers(s, i);
        while (i < s.length() && s.charAt(i) == ZWJ && i + 1 < s.length() && isPictograph(s.codePointAt(i + 1))) {
            i = skipModifiers(s, i + 1 + Character.charCount(s.codePointAt(i + 1)));
        }
        return i;
    }

    private static boolean isKeycap(String s, int from, int cp) {
        if (!(cp >= '0' && cp <= '9') && cp != '#' && cp != '*') {
            return false;
        }
        int i = from + 1;
        if (i < s.length() && s.charAt(i) == 0xFE0F) {
            i++;
        }
        return i < s.length() && s.charAt(i) == 0x20E3;
    }

    private static int skipModifiers(String s, int i) {
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isModifier(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The sequence without variation selectors and skin tones, so that 👍🏽 and 👍 share features. */
    static String normalize(String s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            if (cp != 0xFE0F && cp != 0xFE0E && !isSkinTone(cp)) {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }
}
