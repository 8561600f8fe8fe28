package org.comptoir.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comptoir.query.Token.Kind;

/** Splits a topic query into {@link Token}s, dropping {@code <<< comments >>>}. */
final class QueryLexer {
    private static final Pattern FIELD = Pattern.compile("([A-Za-z_]+):(.*)", Pattern.DOTALL);
    private static final Pattern NEAR = Pattern.compile("(O?)NEAR/(\\d{1,4})(f?)");
    private static final Pattern URL = Pattern.compile("(?i)https?://.*");

    private final String query;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private QueryLexer(String query) {
        this.query = query;
    }

    static List<Token> tokenize(String query) throws QuerySyntaxException {
        QueryLexer lexer = new QueryLexer(query);
        lexer.run();
        return lexer.tokens;
    }

    private int column(int offset) {
        return query.codePointCount(0, offset) + 1;
    }

    private void run() throws QuerySyntaxException {
        while (true) {
            while (pos < query.length() && Character.isWhitespace(query.charAt(pos))) {
                pos++;
            }
            if (pos >= query.length()) {
                tokens.add(Token.of(Kind.EOF, "", column(pos)));
                return;
            }
            char c = query.charAt(pos);
            if (query.startsWith("<<<", pos)) {
                int end = query.indexOf(">>>", pos + 3);
                if (end < 0) {
                    throw new QuerySyntaxException("unclosed comment <<<", column(pos));
                }
                pos = end + 3;
            } else if (c == '(' || c == ')') {
                tokens.add(Token.of(c == '(' ? Kind.LPAREN : Kind.RPAREN, String.valueOf(c), column(pos)));
                pos++;
            } else if ((c == '[' || c == '{') && lastIsNumericField()) {
                range();
            } else if (c == '"' || c == '“' || c == '«') {
                phrase();
            } else if (c == '{') {
                exact();
            } else if (c == '}') {
                throw new QuerySyntaxException("unbalanced brace }", column(pos));
            } else if (c == '-') {
                if (pos + 1 >= query.length() || Character.isWhitespace(query.charAt(pos + 1))) {
                    throw new QuerySyntaxException("dangling operator -", column(pos));
                }
                tokens.add(Token.of(Kind.MINUS, "-", column(pos)));
                pos++;
            } else {
                word();
            }
        }
    }

    private void phrase() throws QuerySyntaxException {
        int start = pos;
        char open = query.charAt(pos);
        String closers = open == '«' ? "»" : open == '“' ? "”\"" : "\"";
        int end = pos + 1;
        while (end < query.length() && closers.indexOf(query.charAt(end)) < 0) {
            end++;
        }
        if (end >= query.length()) {
            throw new QuerySyntaxException("unbalanced quote " + open, column(start));
        }
        String text = query.substring(start + 1, end).strip();
        if (text.isEmpty()) {
            throw new QuerySyntaxException("empty phrase", column(start));
        }
        pos = end + 1;
        int slop = -1;
        if (pos < query.length() && query.charAt(pos) == '~') {
            int digits = pos + 1;
            while (digits < query.length() && Character.isDigit(query.charAt(digits)) && digits - pos <= 4) {
                digits++;
            }
            if (digits == pos + 1) {
                throw new QuerySyntaxException("bad proximity: ~ must be followed by a number of words", column(pos));
            }
            slop = Integer.parseInt(query.substring(pos + 1, digits));
            pos = digits;
        }
        tokens.add(new Token(Kind.PHRASE, text, column(start), slop, false));
    }

    private void exact() throws QuerySyntaxException {
        int start = pos;
        int end = query.indexOf('}', pos + 1);
        if (end < 0) {
            throw new QuerySyntaxException("unbalanced brace {", column(start));
        }
        String text = query.substring(start + 1, end).strip();
        if (text.isEmpty()) {
            throw new QuerySyntaxException("empty {}", column(start));
        }
        tokens.add(Token.of(Kind.EXACT, text, column(start)));
        pos = end + 1;
    }

    private boolean lastIsNumericField() {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return last.kind() == Kind.FIELD && last.column() + last.text().length() + 1 == column(pos)
                && QueryField.byName(last.text()).map(f -> f.kind() == QueryField.Kind.NUMBER).orElse(false);
    }

    private void range() throws QuerySyntaxException {
        int start = pos;
        int end = pos + 1;
        while (end < query.length() && query.charAt(end) != ']' && query.charAt(end) != '}') {
            end++;
        }
        if (end >= query.length()) {
            throw new QuerySyntaxException("bad range: missing ] or }", column(start));
        }
        tokens.add(Token.of(Kind.RANGE, query.substring(start, end + 1), column(start)));
        pos = end + 1;
    }

    private void word() throws QuerySyntaxException {
        int start = pos;
        while (pos < query.length() && !endsWord(query.charAt(pos))) {
            pos++;
        }
        String text = query.substring(start, pos);
        Matcher near = NEAR.matcher(text);
        Matcher field = FIELD.matcher(text);
        if (text.equals("AND") || text.equals("OR") || text.equals("NOT")) {
            tokens.add(Token.of(Kind.valueOf(text), text, column(start)));
        } else if (near.matches()) {
            boolean ordered = !near.group(1).isEmpty() || !near.group(3).isEmpty();
            tokens.add(new Token(Kind.NEAR, text, column(start), Integer.parseInt(near.group(2)), ordered));
        } else if (text.equals("NEAR") || text.equals("ONEAR") || text.startsWith("NEAR/")
                || text.startsWith("ONEAR/")) {
            throw new QuerySyntaxException("bad NEAR operator " + text + " (write NEAR/5, NEAR/5f or ONEAR/5)",
                    column(start));
        } else if (field.matches() && !URL.matcher(text).matches()) {
            tokens.add(Token.of(Kind.FIELD, field.group(1), column(start)));
            pos = start + field.group(1).length() + 1;
            if (pos < query.length() && !Character.isWhitespace(query.charAt(pos)) && query.charAt(pos) != '('
                    && query.charAt(pos) != ')' && query.charAt(pos) != '"' && query.charAt(pos) != '{'
                    && query.charAt(pos) != '[') {
                rawValue();
            }
        } else {
            tokens.add(Token.of(Kind.WORD, text, column(start)));
        }
    }

    /** A field value written without quotes: everything up to a space or a parenthesis, colons included. */
    private void rawValue() {
        int start = pos;
        while (pos < query.length() && !Character.isWhitespace(query.charAt(pos)) && query.charAt(pos) != '('
                && query.charAt(pos) != ')') {
            pos++;
        }
        tokens.add(Token.of(Kind.WORD, query.substring(start, pos), column(start)));
    }

    private static boolean endsWord(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"' || c == '“' || c == '«'
                || c == '{' || c == '}';
    }
}
