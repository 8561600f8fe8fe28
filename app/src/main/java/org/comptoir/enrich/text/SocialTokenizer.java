package org.comptoir.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits social posts into {@link Token}s: links, {@code @handles}, {@code #hashtags} (with their
 * camel-case words), emoji sequences, emoticons, words with French/Italian elision split off
 * ({@code l'appli} gives {@code l'} and {@code appli}), numbers, and punctuation runs
 * ({@code !!!}, {@code ?!}, {@code …}). Negation cues and their scopes are marked for the given language.
 * Stateless and thread-safe.
 */
public final class SocialTokenizer {

    private static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
            "lorsqu", "puisqu", "quoiqu", "presqu", "un", "dell", "all", "nell", "dall", "sull", "quest", "quell");

    /** Decodes JSON escapes ({@code \u2019}) and HTML entities ({@code &amp;}); offsets of tokens refer to this text. */
    public static String decode(CharSequence text) {
        return TextDecoding.decode(text);
    }

    /** Tokenises with language-independent rules (French and English negation cues). */
    public List<Token> tokenize(CharSequence text) {
        return tokenize(text, "und");
    }

    /**
     * Tokenises {@code text}; {@code lang} (ISO 639-1 code or {@code und}) chooses the negation cues and how
     * elongations are squeezed (to one letter, except in English and German where doubled letters are common).
     */
    public List<Token> tokenize(CharSequence text, String lang) {
        String language = lang == null ? "und" : lang;
        String s = decode(text == null ? "" : text);
        int squeezeTo = "en".equals(language) || "de".equals(language) ? 2 : 1;
        List<Token> out = new ArrayList<>(s.length() / 4 + 4);
        int i = 0;
        while (i < s.length()) {
            i = next(s, i, squeezeTo, out);
        }
        NegationScope.apply(out, language);
        return out;
    }

    private int next(String s, int i, int squeezeTo, List<Token> out) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200D' || c == '\uFE0F') {
            return i + 1;
        }
        int end = urlEnd(s, i);
        if (end > i) {
            out.add(new Token(s.substring(i, end), "http", TokenType.URL, false, false, i, end));
            return end;
        }
        if (c == '@' && i + 1 < s.length() && isHandleChar(s.charAt(i + 1)) && !gluedToWord(s, i)) {
            end = scan(s, i + 1, true);
            if (end + 1 < s.length() && s.charAt(end) == '@' && isHandleChar(s.charAt(end + 1))) {
                end = scan(s, end + 1, true); // fediverse handle: @name@host.example
            }
            out.add(new Token(s.substring(i, end), "@user", TokenType.HANDLE, false, false, i, end));
            return end;
        }
        if (c == '#' && i + 1 < s.length() && Character.isLetterOrDigit(s.codePointAt(i + 1)) && !gluedToWord(s, i)) {
            end = scan(s, i + 1, true);
            HashtagSplitter.add(s, i, end, squeezeTo, out);
            return end;
        }
        int length = Emoticons.match(s, i);
        if (length > 0) {
            String form = s.substring(i, i + length);
            out.add(new Token(form, Emoticons.canonical(form), TokenType.EMOTICON, false, false, i, i + length));
            return i + length;
        }
        end = EmojiSequences.end(s, i);
        if (end > i) {
            out.add(new Token(s.substring(i, end), EmojiSequences.normalize(s, i, end), TokenType.EMOJI, false, false, i, end));
            return end;
        }
        if (isWordChar(s.codePointAt(i))) {
            return word(s, i, squeezeTo, out);
        }
        if (c == '-' && i > 0 && i + 1 < s.length() && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1))) {
            return i + 1;
        }
        return punctuation(s, i, out);
    }

    private int word(String s, int start, int squeezeTo, List<Token> out) {
        int i = start;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
            } else if ((cp == '.' || cp == ',' || cp == ':') && i > start && Character.isDigit(s.charAt(i - 1))
                    && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                i++;
            } else if (TextFolding.isApostrophe(s.charAt(i)) && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
                String prefix = TextFolding.fold(s, start, i, squeezeTo, null);
                if (ELISIONS.contains(prefix)) {
                    out.add(new Token(s.substring(start, i + 1), prefix + "'", TokenType.WORD, false, false, start, i + 1));
                    return i + 1;
                }
                i++;
            } else {
                break;
            }
        }
        boolean[] elongated = new boolean[1];
        String normalized = TextFolding.fold(s, start, i, squeezeTo, elongated);
        TokenType type = wordType(normalized);
        String surface = s.substring(start, i);
        out.add(new Token(surface, normalized.equals(surface) ? surface : normalized, type, false, elongated[0], start, i));
        return i;
    }

    private static TokenType wordType(String normalized) {
        if (normalized.equals("http") || normalized.equals("https")) {
            return TokenType.URL;
        }
        for (int k = 0; k < normalized.length(); k++) {
            char c = normalized.charAt(k);
            if (!Character.isDigit(c) && c != '.' && c != ',' && c != ':') {
                return TokenType.WORD;
            }
        }
        return TokenType.NUMBER;
    }

    private int punctuation(String s, int i, List<Token> out) {
        char c = s.charAt(i);
        int end = i + 1;
        String normalized;
        boolean elongated = false;
        if (c == '!' || c == '?') {
            while (end < s.length() && (s.charAt(end) == '!' || s.charAt(end) == '?')) {
                end++;
            }
            normalized = punctuationRun(s, i, end);
            elongated = end - i >= 3;
        } else if (c == '\u2026' || (c == '.' && end < s.length() && s.charAt(end) == '.')) {
            while (end < s.length() && (s.charAt(end) == '.' || s.charAt(end) == '\u2026')) {
                end++;
            }
            normalized = "\u2026";
        } else {
            int cp = s.codePointAt(i);
            end = i + Character.charCount(cp);
            int type = Character.getType(cp);
            boolean symbol = type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
                    || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL;
            String form = s.substring(i, end);
            out.add(new Token(form, form, symbol ? TokenType.SYMBOL : TokenType.PUNCTUATION, false, false, i, end));
            return end;
        }
        out.add(new Token(s.substring(i, end), normalized, TokenType.PUNCTUATION, false, elongated, i, end));
        return end;
    }

    private static String punctuationRun(String s, int from, int to) {
        boolean exclamation = s.indexOf('!', from) >= 0 && s.indexOf('!', from) < to;
        boolean question = s.indexOf('?', from) >= 0 && s.indexOf('?', from) < to;
        if (exclamation && question) {
            return "?!";
        }
        String mark = exclamation ? "!" : "?";
        return to - from >= 3 ? mark.repeat(3) : to - from == 2 ? mark.repeat(2) : mark;
    }

    private static int urlEnd(String s, int i) {
        char c = s.charAt(i);
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W') {
            return c < 128 && Character.isLetterOrDigit(c) ? BareDomains.end(s, i, s.length()) : i;
        }
        if (!(s.regionMatches(true, i, "http://", 0, 7) || s.regionMatches(true, i, "https://", 0, 8)
                || s.regionMatches(true, i, "www.", 0, 4))) {
            return BareDomains.end(s, i, s.length());
        }
        int end = i;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int scan(String s, int i, boolean handle) {
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!(isWordChar(cp) || (handle && (cp == '_' || (cp == '.' && i + 1 < s.length()
                    && Character.isLetterOrDigit(s.charAt(i + 1)) && s.charAt(i - 1) != '.'))))) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean gluedToWord(String s, int i) {
        return i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
    }

    private static boolean isHandleChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp) || cp == '_') {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
