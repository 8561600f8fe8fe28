package org.comptoir.enrich.text;

/**
 * Decodes what some tweet corpora leave in their texts: literal JSON escapes ({@code \u2019},
 * {@code \u002c}) and HTML entities ({@code &amp;}, {@code &#39;}, {@code &#x1F600;}). Texts without
 * a backslash or an ampersand are returned as they are, without copying.
 */
final class TextDecoding {

    private TextDecoding() {
    }

    static String decode(CharSequence input) {
        String s = input.toString();
        if (s.indexOf('\\') < 0 && s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'u' && isHex(s, i + 2, 4)) {
                out.append((char) Integer.parseInt(s, i + 2, i + 6, 16));
                i += 6;
            } else if (c == '&') {
                i = decodeEntity(s, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int decodeEntity(String s, int at, StringBuilder out) {
        int semi = s.indexOf(';', at + 1);
        if (semi < 0 || semi - at > 10) {
            out.append('&');
            return at + 1;
        }
        String name = s.substring(at + 1, semi);
        int codePoint = named(name);
        if (codePoint < 0 && name.length() > 1 && name.charAt(0) == '#') {
            codePoint = numeric(name.substring(1));
        }
        if (codePoint < 0) {
            out.append('&');
            return at + 1;
        }
        out.appendCodePoint(codePoint);
        return semi + 1;
    }

    private static int named(String name) {
        return switch (name) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            case "nbsp" -> ' ';
            case "hellip" -> '\u2026';
            case "rsquo" -> '\u2019';
            case "lsquo" -> '\u2018';
            case "laquo" -> '\u00ab';
            case "raquo" -> '\u00bb';
            case "eacute" -> '\u00e9';
            case "egrave" -> '\u00e8';
            case "agrave" -> '\u00e0';
            case "ccedil" -> '\u00e7';
            default -> -1;
        };
    }

    private static int numeric(String digits) {
        try {
            int cp = digits.startsWith("x") || digits.startsWith("X")
                    ? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
            return Character.isValidCodePoint(cp) ? cp : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isHex(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
