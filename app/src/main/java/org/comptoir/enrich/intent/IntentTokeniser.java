package org.comptoir.enrich.intent;

import java.text.Normalizer;

/**
 * A small, allocation-free normaliser and tokeniser for short social posts, written for intent
 * features: lower-case, accents folded ({@code é→e}, {@code œ→oe}), digits mapped to {@code 0},
 * letters repeated three times or more squeezed to two ({@code trooop→troop}), French elisions dropped
 * ({@code l'attente→attente}, {@code j'ai→ai}), other apostrophes joined ({@code don't→dont}), every
 * emoji its own token, runs of {@code ?} / {@code !} one token each, {@code @handles} replaced by
 * {@code @} and links by {@code ~url}. Everything else (punctuation, control characters, lone
 * surrogates) separates tokens. Only the first {@link #MAX_CHARS} characters are read; the buffer
 * records the truncation so callers can say so.
 */
final class IntentTokeniser {
    static final int MAX_CHARS = 2000;
    static final int MAX_TOKENS = 1024;
    private static final String[] FOLDED = buildFoldTable();
    private static final String[] ELIDED = {"l", "d", "j", "n", "s", "t", "m", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"};

    private IntentTokeniser() {
    }

    static TokenBuffer newBuffer() {
        return new TokenBuffer(MAX_CHARS, MAX_TOKENS);
    }

    static void tokenise(CharSequence text, TokenBuffer out) {
        out.clear();
        int end = Math.min(text.length(), MAX_CHARS);
        out.truncated = text.length() > MAX_CHARS;
        int wordStart = -1;
        int origStart = 0;
        int origEnd = 0;
        int i = 0;
        while (i < end && !out.full()) {
            char c = text.charAt(i);
            int cp = c;
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(i + 1));
                width = 2;
            } else if (Character.isSurrogate(c)) {
                cp = -1;
            }
            if (cp >= 0 && Character.isLetterOrDigit(cp)) {
                if (wordStart < 0) {
                    int urlEnd = urlEnd(text, i, end);
                    if (urlEnd > i) {
                        symbol(out, "~url", i, urlEnd);
                        i = urlEnd;
                        continue;
                    }
                    wordStart = out.length;
                    origStart = i;
                }
                append(out, wordStart, cp);
                i += width;
                origEnd = i;
                continue;
            }
            if (wordStart >= 0 && isApostrophe(c) && i + 1 < end && Character.isLetter(text.charAt(i + 1))) {
                if (isElision(out, wordStart)) {
                    out.length = wordStart;
                    origStart = i + 1;
                }
                i++;
                continue;
            }
            if (wordStart >= 0) {
                out.close(wordStart, origStart, origEnd, false);
                wordStart = -1;
            }
            i = symbolAt(text, i, end, cp, width, out);
        }
        if (wordStart >= 0) {
            out.close(wordStart, origStart, origEnd, false);
        }
        out.truncated |= i < end;
    }

    /** Emits the symbol token starting at i, if any, and returns the index after it. */
    private static int symbolAt(CharSequence text, int i, int end, int cp, int width, TokenBuffer out) {
        if (cp == '@' && i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1))) {
            int j = i + 1;
            while (j < end && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) == '.')) {
                j++;
            }
            symbol(out, "@", i, j);
            return j;
        }
        if (cp == '?' || cp == '!' || cp == '\uFF1F' || cp == '\u00BF') {
            boolean question = false;
            boolean exclamation = false;
            int j = i;
            for (char d; j < end && ((d = text.charAt(j)) == '?' || d == '!' || d == '\uFF1F' || d == '\u00BF'); j++) {
                question |= d != '!';
                exclamation |= d == '!';
            }
            if (question) {
                symbol(out, "?", i, j);
            }
            if (exclamation && !out.full()) {
                symbol(out, "!", i, j);
            }
            return j;
        }
        if (cp >= 0 && isEmoji(cp)) {
            int start = out.length;
            out.length += Character.toChars(cp, out.chars, start);
            out.close(start, i, i + width, true);
        }
        return i + width;
    }

    private static void symbol(TokenBuffer out, String token, int origStart, int origEnd) {
        int start = out.length;
        token.getChars(0, token.length(), out.chars, start);
        out.length += token.length();
        out.close(start, origStart, origEnd, true);
    }

    private static void append(TokenBuffer out, int wordStart, int cp) {
        int lower = Character.isDigit(cp) ? '0' : Character.toLowerCase(cp);
        String folded = lower < FOLDED.length ? FOLDED[lower] : null;
        if (folded != null) {
            for (int k = 0; k < folded.length(); k++) {
                appendSqueezed(out, wordStart, folded.charAt(k));
            }
        } else if (Character.isBmpCodePoint(lower)) {
            appendSqueezed(out, wordStart, (char) lower);
        } else {
            out.length += Character.toChars(lower, out.chars, out.length);
        }
    }

    private static void appendSqueezed(TokenBuffer out, int wordStart, char c) {
        int n = out.length;
        if (n - wordStart >= 2 && out.chars[n - 1] == c && out.chars[n - 2] == c) {
            return;
        }
        out.chars[out.length++] = c;
    }

    private static boolean isElision(TokenBuffer out, int wordStart) {
        int n = out.length - wordStart;
        for (String e : ELIDED) {
            if (e.length() == n && sameChars(e, out.chars, wordStart)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameChars(String s, char[] chars, int offset) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) != chars[offset + k]) {
                return false;
            }
        }
        return true;
    }

    private static int urlEnd(CharSequence text, int i, int end) {
        if (!startsWith(text, i, end, "http://") && !startsWith(text, i, end, "https://") && !startsWith(text, i, end, "www.")) {
            return org.comptoir.enrich.text.BareDomains.end(text, i, end);
        }
        int j = i;
        while (j < end && !Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean startsWith(CharSequence text, int i, int end, String prefix) {
        if (end - i < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase(text.charAt(i + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`';
    }

    static boolean isEmoji(int cp) {
        if (cp >= 0x1F3FB && cp <= 0x1F3FF) {
            return false; // skin-tone modifiers carry no intent
        }
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF)
                || Character.getType(cp) == Character.OTHER_SYMBOL;
    }

    private static String[] buildFoldTable() {
        String[] table = new String[0x250];
        for (char c = 0xC0; c < 0x250; c++) {
            String stripped = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            if (!stripped.isEmpty() && stripped.charAt(0) < 0x80 && !stripped.equals(String.valueOf(c))) {
                table[c] = stripped.toLowerCase(java.util.Locale.ROOT);
            }
        }
        table['\u0153'] = "oe";
        table['\u00E6'] = "ae";
        table['\u00DF'] = "ss";
        table['\u00F8'] = "o";
        table['\u0111'] = "d";
        table['\u0142'] = "l";
        return table;
    }
}
