package org.comptoir.query;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comptoir.post.Intent;
import org.comptoir.post.Sentiment;
import org.comptoir.query.Token.Kind;

/** Turns a word, phrase, {@code {…}} or range token into a leaf node, checking it against its field. */
final class Values {
    private static final Pattern RANGE = Pattern.compile("([\\[{])\\s*(\\S+)\\s+(?i:TO)\\s+(\\S+)\\s*([\\]}])");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})?");

    private Values() {
    }

    static QueryNode leaf(Token token, QueryField field) throws QuerySyntaxException {
        if (field == null || field.kind() == QueryField.Kind.TEXT) {
            return text(token);
        }
        if (field.kind() == QueryField.Kind.NUMBER) {
            return number(token, field);
        }
        return keyword(token, field);
    }

    private static QueryNode text(Token token) throws QuerySyntaxException {
        String text = token.text();
        if (token.kind() != Kind.RANGE && !text.equals("*") && !searchable(text)) {
            throw new QuerySyntaxException("nothing to search in '" + text + "'", token.column());
        }
        return switch (token.kind()) {
            case PHRASE -> new QueryNode.Phrase(text, Math.max(0, token.number()));
            case EXACT -> new QueryNode.ExactCase(text);
            case RANGE -> throw new QuerySyntaxException("bad range: ranges only apply to followers:", token.column());
            default -> {
                if (text.equals("*")) {
                    yield new QueryNode.MatchAll();
                }
                if (text.indexOf('*') >= 0 || text.indexOf('?') >= 0) {
                    checkWildcard(text, token.column());
                    yield new QueryNode.Wildcard(text);
                }
                if (text.length() > 1 && text.charAt(0) == '#') {
                    yield new QueryNode.Hashtag(text.substring(1));
                }
                if (text.length() > 1 && text.charAt(0) == '@') {
                    yield new QueryNode.Handle(text.substring(1));
                }
                yield new QueryNode.Term(text);
            }
        };
    }

    /** True when the text has a letter, a digit or a symbol such as an emoji. */
    private static boolean searchable(String text) {
        return text.codePoints().anyMatch(c -> Character.isLetterOrDigit(c)
                || Character.getType(c) == Character.OTHER_SYMBOL);
    }

    private static void checkWildcard(String text, int column) throws QuerySyntaxException {
        if (text.charAt(0) == '*' || text.charAt(0) == '?') {
            throw new QuerySyntaxException("leading wildcard " + text.charAt(0) + " is not allowed", column);
        }
        int star = text.indexOf('*');
        if (star >= 0 && text.codePointCount(0, star) < 3) {
            throw new QuerySyntaxException("wildcard needs at least 3 characters before *", column);
        }
    }

    private static QueryNode keyword(Token token, QueryField field) throws QuerySyntaxException {
        if (token.kind() == Kind.EXACT || token.kind() == Kind.RANGE || token.number() >= 0) {
            throw new QuerySyntaxException(field.queryName() + ": takes plain values", token.column());
        }
        String value = token.text().strip();
        if (token.kind() == Kind.WORD && value.endsWith("*") && value.length() > 1) {
            checkWildcard(value, token.column());
            return new QueryNode.Wildcard(value);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        try {
            switch (field) {
                case LANG -> {
                    if (!LANGUAGE.matcher(lower).matches()) {
                        throw new IllegalArgumentException();
                    }
                }
                case SENTIMENT -> Sentiment.fromLabel(lower);
                case INTENT -> Intent.fromLabel(lower);
                case COMPLAINT -> {
                    if (!java.util.Set.of("yes", "no", "true", "false").contains(lower)) {
                        throw new IllegalArgumentException();
                    }
                }
                default -> {
                }
            }
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException("unknown " + field.queryName() + " '" + value + "'" + expected(field),
                    token.column());
        }
        return new QueryNode.Term(value);
    }

    private static String expected(QueryField field) {
        return switch (field) {
            case SENTIMENT -> " (expected negative, neutral or positive)";
            case INTENT -> " (expected complaint, question, praise, purchase_intent, churn_risk or other)";
            case COMPLAINT -> " (expected yes or no)";
            default -> " (expected a 2-letter code like fr or en)";
        };
    }

    private static QueryNode number(Token token, QueryField field) throws QuerySyntaxException {
        if (token.kind() == Kind.WORD) {
            Long exact = bound(token.text(), token);
            if (exact == null) {
                throw new QuerySyntaxException("bad range: expected a number or [min TO max]", token.column());
            }
            return new QueryNode.FieldRange(field, exact, true, exact, true);
        }
        Matcher m = RANGE.matcher(token.text());
        if (!m.matches()) {
            throw new QuerySyntaxException("bad range: write [min TO max], * for an open bound", token.column());
        }
        Long min = bound(m.group(2), token);
        Long max = bound(m.group(3), token);
        boolean minInclusive = m.group(1).equals("[");
        boolean maxInclusive = m.group(4).equals("]");
        if (min != null && max != null && (min > max || min.equals(max) && !(minInclusive && maxInclusive))) {
            throw new QuerySyntaxException("bad range: empty, " + min + " is above " + max, token.column());
        }
        return new QueryNode.FieldRange(field, min, minInclusive, max, maxInclusive);
    }

    private static Long bound(String text, Token token) throws QuerySyntaxException {
        if (text.equals("*")) {
            return null;
        }
        try {
            return Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new QuerySyntaxException("bad range: '" + text + "' is not a number", token.column());
        }
    }
}
