package org.comptoir.enrich.text;

import java.text.Normalizer;

/**
 * Feature forms of words: lower case, Latin accents folded ({@code très} gives {@code tres}),
 * typographic apostrophes made ASCII, and letter elongations squeezed.
 * Non-Latin scripts keep their marks, since in Devanagari or Arabic they carry meaning.
 */
public final class TextFolding {

    private static final char[] LATIN_FOLD = new char[0x180];

    static {
        for (char c = 0; c < LATIN_FOLD.length; c++) {
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = nfd.charAt(0);
            LATIN_FOLD[c] = base < 0x80 ? base : c;
        }
        LATIN_FOLD['\u00f8'] = 'o';
        LATIN_FOLD['\u00d8'] = 'o';
        LATIN_FOLD['\u0142'] = 'l';
        LATIN_FOLD['\u0141'] = 'l';
        LATIN_FOLD['\u0111'] = 'd';
    }

    private TextFolding() {
    }

    /** True for the apostrophes people type: ASCII, right single quotation mark, modifier letter. */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc' || c == '\u2018';
    }

    /**
     * The feature form of {@code s[from, to)}.
     *
     * @param squeezeTo     elongations of three or more identical letters are cut to this many (1 or 2)
     * @param elongatedFlag if non-null, element 0 is set to true when an elongation was squeezed
     */
    public static String fold(String s, int from, int to, int squeezeTo, boolean[] elongatedFlag) {
        StringBuilder b = null;
        int run = 0;
        char previous = 0;
        for (int i = from; i < to; i++) {
            char raw = s.charAt(i);
            char c = foldChar(raw);
            run = c == previous ? run + 1 : 1;
            previous = c;
            boolean drop = run > squeezeTo && Character.isLetter(c) && repeatsAtLeastThree(s, i, run);
            if (drop && elongatedFlag != null) {
                elongatedFlag[0] = true;
            }
            if (b == null && (c != raw || drop)) {
                b = new StringBuilder(to - from);
                b.append(s, from, i);
            }
            if (b != null && !drop) {
                b.append(c);
            }
        }
        return b == null ? s.substring(from, to) : b.toString();
    }

    /** Convenience for a whole string, squeezing elongations to one letter. */
    public static String fold(String s) {
        return fold(s, 0, s.length(), 1, null);
    }

    private static boolean repeatsAtLeastThree(String s, int i, int run) {
        if (run >= 3) {
            return true;
        }
        // run is 2 here (squeezeTo is 1): drop only when the run goes on to a third letter
        char c = foldChar(s.charAt(i));
        return i + 1 < s.length() && foldChar(s.charAt(i + 1)) == c;
    }

    static char foldChar(char raw) {
        char c = Character.toLowerCase(raw);
        if (c < LATIN_FOLD.length) {
            return LATIN_FOLD[c];
        }
        if (isApostrophe(c)) {
            return '\'';
        }
        return c;
    }
}
