package org.comptoir.ingest.format;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns an HTML fragment (a Mastodon {@code content}, a feed's {@code content:encoded}) into plain text:
 * tags are removed but their text kept (so {@code #hashtag} and {@code @mention} links stay), entities
 * are decoded, {@code <br>} becomes a line break, {@code li}/{@code div} start a new line and {@code p}, lists,
 * headings... are separated by a blank line; {@code script}, {@code style} and comments are dropped.
 */
public final class HtmlText {
    private static final Set<String> PARAGRAPHS = Set.of("p", "blockquote", "pre", "ul", "ol", "table", "figure",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr", "section", "article", "header", "footer", "aside");
    private static final Set<String> LINES = Set.of("div", "li", "tr", "dt", "dd", "figcaption");
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!]");
    private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
    private static final Set<String> SKIPPED = Set.of("script", "style", "template");

    private HtmlText() {
    }

    /** True when the value looks like HTML markup or contains an entity. */
    public static boolean looksLikeHtml(String value) {
        return value != null && (TAG.matcher(value).find() || ENTITY.matcher(value).find());
    }

    public static String toText(String html) {
        if (html == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                int next = html.indexOf('<', i);
                int end = next < 0 ? n : next;
                appendText(out, html.substring(i, end));
                i = end;
            } else if (html.startsWith("<!--", i)) {
                int close = html.indexOf("-->", i + 4);
                i = close < 0 ? n : close + 3;
            } else if (html.startsWith("<![CDATA[", i)) {
                int close = html.indexOf("]]>", i + 9);
                int end = close < 0 ? n : close;
                appendText(out, html.substring(i + 9, end).replace("&", "&amp;"));
                i = close < 0 ? n : close + 3;
            } else {
                int close = tagEnd(html, i);
                if (close < 0) {
                    appendText(out, "&lt;");
                    i++;
                    continue;
                }
                String name = tagName(html, i);
                boolean closing = html.startsWith("</", i);
                i = close + 1;
                if (SKIPPED.contains(name) && !closing) {
                    int end = html.toLowerCase(Locale.ROOT).indexOf("</" + name, i);
                    i = end < 0 ? n : Math.max(i, tagEnd(html, end) + 1);
                } else if (PARAGRAPHS.contains(name)) {
                    out.append("\n\n");
                } else if (name.equals("br")) {
                    out.append('\n');
                } else if (LINES.contains(name) && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
            }
        }
        return tidy(out);
    }

    private static void appendText(StringBuilder out, String text) {
        String decoded = text.indexOf('&') < 0 ? text : HtmlUtils.htmlUnescape(text.replace("&apos;", "'"));
        boolean space = false;
        for (int k = 0; k < decoded.length(); k++) {
            char ch = decoded.charAt(k);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(ch);
            }
        }
        if (space) {
            out.append(' ');
        }
    }

    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int k = from + 1; k < html.length(); k++) {
            char ch = html.charAt(k);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '>') {
                return k;
            } else if (ch == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static String tagName(String html, int from) {
        int k = from + 1;
        if (k < html.length() && (html.charAt(k) == '/' || html.charAt(k) == '!')) {
            k++;
        }
        int start = k;
        while (k < html.length() && Character.isLetterOrDigit(html.charAt(k))) {
            k++;
        }
        return html.substring(start, k).toLowerCase(Locale.ROOT);
    }

    private static String tidy(StringBuilder out) {
        String text = out.toString()
                .replaceAll("[ \\t]*\\n[ \\t]*", "\n")
                .replaceAll("\\n{3,}", "\n\n");
        return text.strip();
    }
}
