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
    /** Longer input is cut: a few thousand characters settle the language and bound the buffers. */
    static final int MAX_CHARS = 4096;

    private TextNormalizer() {
    }

    /** Normalises {@code input} (its first {@link #MAX_CHARS} chars) into {@code ws.text}; returns the used length. */
    static int normalize(CharSequence input, Workspace ws) {
        int n = Math.min(input.length(), MAX_CHARS);
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
            boolean markup = c == '@' || SocialMarkup.isUrlStart(input, i) || SocialMarkup.isRetweetMarker(input, i);
            if (tokenStart && markup) {
                i = SocialMarkup.skipToken(input, i);
                continue;
            }
            if ((c == 'h' || c == 'H') && SocialMarkup.isBareHttp(input, i)) {
                i = SocialMarkup.skipToken(input, i);
                continue;
            }
            tokenStart = false;
            int cp;
            int step;
            if (c == '\\' && i + 1 < n && input.charAt(i + 1) == 'u' && SocialMarkup.hex4(input, i + 2) >= 0) {
                cp = SocialMarkup.hex4(input, i + 2);
                step = 6;
            } else if (c == '&' && SocialMarkup.entityEnd(input, i) > 0) {
                i = SocialMarkup.entityEnd(input, i);
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
}
