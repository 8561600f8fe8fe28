package org.comptoir.demo;

/**
 * Expands {@code {slot}} placeholders in a template. A slot's value may itself hold slots (a frame
 * holds {@code {detail}}, a detail holds {@code {product}}), so expansion recurses, a few levels at
 * most. The result is tidied: no doubled or leading spaces, no space before a comma or a full stop.
 */
final class TemplateFiller {
    private static final int MAX_DEPTH = 4;

    /** Gives the text of one slot; unknown names must throw with the name in the message. */
    @FunctionalInterface
    interface Slots {
        String value(String name);
    }

    private TemplateFiller() {
    }

    static String fill(String template, Slots slots) {
        return tidy(expand(template, slots, 0));
    }

    private static String expand(String template, Slots slots, int depth) {
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("demo template nests slots too deep: " + template);
        }
        StringBuilder out = new StringBuilder(template.length() + 48);
        int from = 0;
        while (open >= 0) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalStateException("unclosed slot in demo template: " + template);
            }
            out.append(template, from, open);
            out.append(expand(slots.value(template.substring(open + 1, close)), slots, depth + 1));
            from = close + 1;
            open = template.indexOf('{', from);
        }
        return out.append(template, from, template.length()).toString();
    }

    static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space && c != ',' && c != '.') {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        int start = 0;
        while (start < out.length() && (out.charAt(start) == ',' || out.charAt(start) == ':')) {
            start++;
        }
        return out.substring(start).strip();
    }
}
