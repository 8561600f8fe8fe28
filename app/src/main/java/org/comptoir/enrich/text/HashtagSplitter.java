package org.comptoir.enrich.text;

import java.util.List;

/**
 * Adds a hashtag token and, when the hashtag is written in camel case or mixes letters and digits,
 * one {@link TokenType#HASHTAG_PART} token per word: {@code #PireServiceClient} gives
 * {@code #pireserviceclient}, {@code pire}, {@code service}, {@code client}.
 */
final class HashtagSplitter {

    private HashtagSplitter() {
    }

    static void add(String s, int start, int end, int squeezeTo, List<Token> out) {
        String normalized = "#" + TextFolding.fold(s, start + 1, end, squeezeTo, null);
        out.add(new Token(s.substring(start, end), normalized, TokenType.HASHTAG, false, false, start, end));
        int partsAt = out.size();
        int partStart = start + 1;
        for (int i = start + 2; i <= end; i++) {
            if (i == end || isBoundary(s, i)) {
                if (partStart < i && Character.isLetterOrDigit(s.charAt(partStart))) {
                    boolean[] elongated = new boolean[1];
                    String part = TextFolding.fold(s, partStart, i, squeezeTo, elongated);
                    out.add(new Token(s.substring(partStart, i), part, TokenType.HASHTAG_PART, false, elongated[0],
                            partStart, i));
                }
                partStart = i < end && s.charAt(i) == '_' ? i + 1 : i;
            }
        }
        if (out.size() - partsAt < 2) {
            while (out.size() > partsAt) {
                out.remove(out.size() - 1);
            }
        }
    }

    private static boolean isBoundary(String s, int i) {
        char prev = s.charAt(i - 1);
        char cur = s.charAt(i);
        if (cur == '_' || prev == '_') {
            return true;
        }
        if (Character.isLowerCase(prev) && Character.isUpperCase(cur)) {
            return true;
        }
        if (Character.isLetter(prev) != Character.isLetter(cur) && Character.isLetterOrDigit(prev)
                && Character.isLetterOrDigit(cur)) {
            return true;
        }
        return Character.isUpperCase(prev) && Character.isUpperCase(cur) && i + 1 < s.length()
                && Character.isLowerCase(s.charAt(i + 1));
    }
}
