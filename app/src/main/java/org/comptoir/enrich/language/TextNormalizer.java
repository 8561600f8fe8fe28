package org.comptoir.enrich.language;

/**
 * Turns raw social text into the letters that carry language: lower-cased words separated by single
 * spaces, with a leading and trailing space. Dropped: handles ({@code @user}), URLs and bare
 * {@code http}, {@code RT} markers, HTML entities, digits, punctuation and emoji. A hashtag stays one
 * word that keeps its {@code #}, so tags like {@code #BlackFriday} weigh as one word only. Literal
 * {@code \}{@code uXXXX} escapes are decoded; letter runs longer than two ("noooo") are cut to two. Also counts letters per script for the script rules.
 */
final class TextNormalizer {
    /** Kept as the first character of a hashtag word so features can tell tags from plain words. */
    static final char HASHTAG = '#';

    private TextNormalizer() {
    }

    /** Normalises {@code input} into {@code ws.text}; returns the used length. */
    static int normalize(CharSequence input, Workspace ws) {
        int n = input.length();
        ws.reset(2 * n + 2);
        char[] out = ws.text;
        int len = 0;
        out[len++] = ' ';
        boolean tokenStart = true;
        int i = 0;
        while (i < n) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                len = space(out, len);
                tokenStart = true;
                i++;
                continue;
            }
            if (c == '#') {
                len = space(out, len);
                out[len++] = HASHTAG;
                tokenStart = false;
                i++;
                continue;
            }
            if (tokenStart && (c == '@' || isUrlStart(input, i) || isRetweetMarker(input, i))) {
                i = skipToken(input, i);
                continue;
            }
            if ((c == 'h' || c == 'H') && isBareHttp(input, i)) {
                i = skipToken(input, i);
                continue;
            }
            tokenStart = false;
            int cp;
            int step;
            if (c == '\\' && i + 1 < n && input.charAt(i + 1) == 'u' && hex4(input, i + 2) >= 0) {
                cp = hex4(input, i + 2);
                step = 6;
            } else if (c == '&' && entityEnd(input, i) > 0) {
                i = entityEnd(input, i);
                len = space(out, len);
                continue;
            } else {
                cp = Character.codePointAt(input, i);
                step = Character.charCount(cp);
            }
            i += step;
            len = append(cp, out, len, ws);
        }
        return space(out, len);
    }

    private static int append(int cp, char[] out, int len, Workspace ws) {
        if (Character.isLetter(cp)) {
            countScript(cp, ws);
            if (cp > 0xFFFF) {
                return space(out, len);
            }
            char lower = (char) Character.toLowerCase(cp);
            if (len >= 2 && out[len - 1] == lower && out[len - 2] == lower) {
                return len;
            }
            out[len] = lower;
            return len + 1;
        }
        int type = Character.getType(cp);
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
        if (mark && cp <= 0xFFFF && out[len - 1] != ' ') {
            out[len] = (char) cp;
            return len + 1;
        }
        return space(out, len);
    }

    private static void countScript(int cp, Workspace ws) {
        ws.letters++;
        if (cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF)) {
            ws.latin++;
        } else if ((cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F)
                || (cp >= 0x08A0 && cp <= 0x08FF) || (cp >= 0xFB50 && cp <= 0xFDFF)
                || (cp >= 0xFE70 && cp <= 0xFEFF)) {
            ws.arabic++;
        } else if (cp >= 0x0900 && cp <= 0x097F) {
            ws.devanagari++;
        } else {
            ws.otherScript++;
        }
    }

    private static int space(char[] out, int len) {
        if (out[len - 1] == HASHTAG) {
            len--;
        }
        if (out[len - 1] == ' ') {
            return len;
        }
        out[len] = ' ';
        return len + 1;
    }

    private static int skipToken(CharSequence s, int i) {
        int n = s.length();
        while (i < n && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isUrlStart(CharSequence s, int i) {
        return regionMatches(s, i, "http") || regionMatches(s, i, "www.");
    }

    /** "http" or "https" followed by ':' , '/', '…' or a token end: a (truncated) link, even glued to a word. */
    private static boolean isBareHttp(CharSequence s, int i) {
        if (!regionMatches(s, i, "http")) {
            return false;
        }
        int j = i + 4;
        if (j < s.length() && (s.charAt(j) == 's' || s.charAt(j) == 'S')) {
            j++;
        }
        if (j >= s.length()) {
            return true;
        }
        char next = s.charAt(j);
        return next == ':' || next == '/' || next == '\u2026' || Character.isWhitespace(next);
    }

    private static boolean isRetweetMarker(CharSequence s, int i) {
        if (!regionMatches(s, i, "rt")) {
            return false;
        }
        int j = i + 2;
        return j >= s.length() || s.charAt(j) == ':' || Character.isWhitespace(s.charAt(j));
    }

    private static boolean regionMatches(CharSequence s, int i, String lowerWord) {
        if (i + lowerWord.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < lowerWord.length(); k++) {
            if (Character.toLowerCase(s.charAt(i + k)) != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int hex4(CharSequence s, int from) {
        if (from + 4 > s.length()) {
            return -1;
        }
        int value = 0;
        for (int k = from; k < from + 4; k++) {
            int digit = Character.digit(s.charAt(k), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    /** Index just past an HTML entity such as {@code &amp;} or {@code &#39;} starting at {@code i}, or -1. */
    private static int entityEnd(CharSequence s, int i) {
        int limit = Math.min(s.length(), i + 10);
        for (int k = i + 1; k < limit; k++) {
            char c = s.charAt(k);
            if (c == ';') {
                return k > i + 1 ? k + 1 : -1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return -1;
            }
        }
        return -1;
    }
}
