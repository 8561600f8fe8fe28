package org.comptoir.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the common mistakes in a query, whether or not it parses: lower-case operators, leading
 * wildcards, unknown fields (with the closest known one, including other tools' names such as
 * {@code domain:}), a {@code +} before a word and single-quoted phrases. Phrases, {@code {…}} and
 * comments are skipped: what is inside them is meant literally.
 */
public final class QueryHints {
    private static final Pattern OPERATOR = Pattern.compile("(?i)(and|or|not|o?near(/\\d{1,4}f?)?)");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z_]+):.*");
    /** Field names of other tools (Brandwatch, Sprinklr, Talkwalker) and the Comptoir field they mean. */
    private static final Map<String, String> OTHER_TOOLS = Map.of("domain", "site", "links", "url",
            "pagetype", "network", "source", "network", "contentsource", "network", "twitterauthor", "author",
            "authorname", "author", "twitterfollowers", "followers", "authorfollowers", "followers");

    private QueryHints() {
    }

    public static List<QueryHint> of(String query) {
        List<QueryHint> hints = new ArrayList<>();
        if (query == null) {
            return hints;
        }
        int pos = 0;
        while (pos < query.length()) {
            char c = query.charAt(pos);
            if (Character.isWhitespace(c) || c == '(' || c == ')') {
                pos++;
            } else if (query.startsWith("<<<", pos)) {
                pos = skipTo(query, pos + 3, ">>>");
            } else if (c == '"' || c == '“' || c == '«') {
                pos = skipTo(query, pos + 1, c == '«' ? "»" : c == '“' ? "”" : "\"");
            } else if (c == '{') {
                pos = skipTo(query, pos + 1, "}");
            } else {
                int end = pos;
                while (end < query.length() && !endsWord(query.charAt(end))) {
                    end++;
                }
                hint(query.substring(pos, end), query.codePointCount(0, pos) + 1).ifPresent(hints::add);
                pos = end;
            }
        }
        return hints;
    }

    private static java.util.Optional<QueryHint> hint(String word, int column) {
        Matcher operator = OPERATOR.matcher(word);
        if (operator.matches() && !word.equals(word.toUpperCase(Locale.ROOT))) {
            return hint(column, QueryHint.Kind.LOWERCASE_OPERATOR, word, word.toUpperCase(Locale.ROOT).replaceFirst("(/\\d+)F$", "$1f"));
        }
        if (word.length() > 1 && (word.charAt(0) == '*' || word.charAt(0) == '?')) {
            String rest = word.replaceFirst("^[*?]+", "");
            if (!rest.isEmpty()) {
                return hint(column, QueryHint.Kind.LEADING_WILDCARD, word, rest);
            }
        }
        if (word.length() > 1 && word.charAt(0) == '+') {
            return hint(column, QueryHint.Kind.PLUS_IGNORED, word);
        }
        if (word.length() > 1 && word.charAt(0) == '\'') {
            return hint(column, QueryHint.Kind.SINGLE_QUOTES, word);
        }
        Matcher field = FIELD.matcher(word);
        if (field.matches() && !word.toLowerCase(Locale.ROOT).matches("https?://.*")) {
            String name = field.group(1);
            if (QueryField.byName(name).isEmpty()) {
                return closestField(name)
                        .map(known -> new QueryHint(column, QueryHint.Kind.UNKNOWN_FIELD, List.of(name, known)))
                        .or(() -> hint(column, QueryHint.Kind.UNSUPPORTED_FIELD, name, knownFields()));
            }
        }
        return java.util.Optional.empty();
    }

    /** The known field a misspelt or foreign field name most likely means, if one is close enough. */
    static java.util.Optional<String> closestField(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (OTHER_TOOLS.containsKey(lower)) {
            return java.util.Optional.of(OTHER_TOOLS.get(lower));
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (QueryField field : QueryField.values()) {
            for (String known : field.names()) {
                int distance = distance(lower, known);
                if (distance < bestDistance) {
                    best = field.queryName();
                    bestDistance = distance;
                }
            }
        }
        boolean close = bestDistance <= 2 && bestDistance < lower.length() / 2 + 1;
        return close ? java.util.Optional.of(best) : java.util.Optional.empty();
    }

    private static String knownFields() {
        return Arrays.stream(QueryField.values()).map(f -> f.queryName() + ":").collect(Collectors.joining(" "));
    }

    /** Edit distance counting a swap of two neighbours as one edit (optimal string alignment): titel → title is 1. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static java.util.Optional<QueryHint> hint(int column, QueryHint.Kind kind, String... args) {
        return java.util.Optional.of(new QueryHint(column, kind, List.of(args)));
    }

    private static int skipTo(String query, int from, String closer) {
        int end = query.indexOf(closer, from);
        return end < 0 ? query.length() : end + closer.length();
    }

    private static boolean endsWord(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"' || c == '“' || c == '«' || c == '{';
    }
}
