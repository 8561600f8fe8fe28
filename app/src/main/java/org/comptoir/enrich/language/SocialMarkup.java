package org.comptoir.enrich.language;

/**
 * Recognisers for the markup of social text that carries no language: links (including the bare
 * {@code http} that data sets leave in place of a removed link), retweet markers, HTML entities and
 * literal {@code \}{@code uXXXX} escapes. Stateless helpers for {@link TextNormalizer}.
 */
final class SocialMarkup {

    private SocialMarkup() {
    }

    static int skipToken(CharSequence s, int i) {
        int n = s.length();
        while (i < n && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isUrlStart(CharSequence s, int i) {
        return regionMatches(s, i, "http") || regionMatches(s, i, "www.");
    }

    /** "http" or "https" followed by ':' , '/', '…' or a token end: a (truncated) link, even glued to a word. */
    static boolean isBareHttp(CharSequence s, int i) {
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

    static boolean isRetweetMarker(CharSequence s, int i) {
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

    static int hex4(CharSequence s, int from) {
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
    static int entityEnd(CharSequence s, int i) {
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
