package org.comptoir.store.lucene;

/** Where each kind of social-text token starting at a position ends; 0-width means "not this kind". */
final class SocialSpans {
    private static final String URL_TRAILING = ".,;:!?)]}'\"’»";

    private SocialSpans() {
    }

    private static boolean wordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean startsAfterBoundary(CharSequence s, int pos) {
        return pos == 0 || !wordChar(Character.codePointBefore(s, pos)) && Character.codePointBefore(s, pos) != '@';
    }

    /** http(s):// or www. address up to the next space, without trailing punctuation. */
    static int url(CharSequence s, int pos) {
        int prefix = startsWithIgnoreCase(s, pos, "https://") ? 8 : startsWithIgnoreCase(s, pos, "http://") ? 7
                : startsWithIgnoreCase(s, pos, "www.") ? 4 : 0;
        if (prefix == 0 || !startsAfterBoundary(s, pos)) {
            return pos;
        }
        int end = pos;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && "<>\"«".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        while (end > pos && URL_TRAILING.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end - pos > prefix ? end : pos;
    }

    /** Whether {@code s} holds {@code lowerPrefix} at {@code pos}, ignoring ASCII case. */
    private static boolean startsWithIgnoreCase(CharSequence s, int pos, String lowerPrefix) {
        if (pos + lowerPrefix.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < lowerPrefix.length(); i++) {
            char c = s.charAt(pos + i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != lowerPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code #} followed by letters, digits or underscores. */
    static int hashtag(CharSequence s, int pos) {
        if (!startsAfterBoundary(s, pos)) {
            return pos;
        }
        int end = pos + 1;
        while (end < s.length() && (wordChar(Character.codePointAt(s, end)) || s.charAt(end) == '_')) {
            end += Character.charCount(Character.codePointAt(s, end));
        }
        return end > pos + 1 ? end : pos;
    }

    /** {@code @user}, {@code @user.bsky.social} or {@code @user@instance.tld}, without trailing dots. */
    static int handle(CharSequence s, int pos) {
        if (!startsAfterBoundary(s, pos)) {
            return pos;
        }
        int end = handlePart(s, pos + 1);
        if (end == pos + 1) {
            return pos;
        }
        if (end < s.length() && s.charAt(end) == '@') {
            int domainEnd = handlePart(s, end + 1);
            if (s.subSequence(end + 1, domainEnd).toString().contains(".")) {
                end = domainEnd;
            }
        }
        return end;
    }

    private static int handlePart(CharSequence s, int from) {
        int end = from;
        while (end < s.length()) {
            int c = Character.codePointAt(s, end);
            if (!(wordChar(c) || c == '_' || c == '.' || c == '-')) {
                break;
            }
            end += Character.charCount(c);
        }
        while (end > from && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
            end--;
        }
        return end;
    }

    /** One emoji: a flag pair, or a pictograph with its modifiers and ZWJ-joined followers. */
    static int emoji(CharSequence s, int pos) {
        int c = Character.codePointAt(s, pos);
        int end = pos + Character.charCount(c);
        if (Emoji.isRegionalIndicator(c)) {
            return end < s.length() && Emoji.isRegionalIndicator(Character.codePointAt(s, end))
                    ? end + Character.charCount(Character.codePointAt(s, end)) : end;
        }
        while (end < s.length()) {
            int next = Character.codePointAt(s, end);
            if (Emoji.isVariationSelector(next) || Emoji.isModifier(next)) {
                end += Character.charCount(next);
            } else if (next == Emoji.ZWJ && end + 1 < s.length() && Emoji.isStart(Character.codePointAt(s, end + 1))) {
                end += 1 + Character.charCount(Character.codePointAt(s, end + 1));
            } else {
                break;
            }
        }
        return end;
    }

    /** Letters, digits and marks; an apostrophe between two letters stays inside the word. */
    static int word(CharSequence s, int pos) {
        int end = pos;
        while (end < s.length()) {
            int c = Character.codePointAt(s, end);
            if (wordChar(c)) {
                end += Character.charCount(c);
            } else if ((c == '\'' || c == '’') && end + 1 < s.length()
                    && Character.isLetter(Character.codePointAt(s, end + 1))) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }
}
