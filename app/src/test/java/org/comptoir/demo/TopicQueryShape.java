package org.comptoir.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A shape check of a topic query in Comptoir's dialect, standing in for the real parser in tests:
 * balanced {@code <<< >>>} comments, quotes and parentheses; operators in upper case; {@code NEAR/n};
 * wildcards with at least three characters before {@code *}; known field names with a value; no
 * operator left dangling.
 */
final class TopicQueryShape {
    private static final Set<String> FIELDS = Set.of("lang", "network", "author", "site");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    private TopicQueryShape() {
    }

    /** Human-readable problems, empty when the query looks well formed. */
    static List<String> problems(String query) {
        List<String> problems = new ArrayList<>();
        String text = withoutComments(query, problems);
        List<String> tokens = new ArrayList<>();
        int depth = 0;
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                word.append(c);
            } else if (quoted) {
                word.append(c);
            } else if (c == '(' || c == ')' || Character.isWhitespace(c)) {
                flush(word, tokens);
                if (c == '(') {
                    depth++;
                    tokens.add("(");
                } else if (c == ')') {
                    depth--;
                    tokens.add(")");
                    if (depth < 0) {
                        problems.add("closing parenthesis without an opening one at " + i);
                        depth = 0;
                    }
                }
            } else {
                word.append(c);
            }
        }
        flush(word, tokens);
        if (quoted) {
            problems.add("unbalanced quotes");
        }
        if (depth != 0) {
            problems.add("unbalanced parentheses");
        }
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : ")";
            boolean operator = OPERATORS.contains(token) || token.matches("NEAR/\\d+");
            if (token.startsWith("NEAR") && !token.matches("NEAR/\\d+")) {
                problems.add("malformed proximity operator " + token);
            }
            if (OPERATORS.contains(token.toUpperCase()) && !OPERATORS.contains(token)) {
                problems.add("operator in lower case: " + token);
            }
            if (operator && (next.equals(")") || OPERATORS.contains(next) && !next.equals("NOT"))) {
                problems.add("dangling operator " + token);
            }
            if (!operator && !token.equals("(") && !token.equals(")")) {
                checkTerm(token, problems);
            }
        }
        return problems;
    }

    private static void checkTerm(String term, List<String> problems) {
        if (term.startsWith("\"")) {
            return;
        }
        int colon = term.indexOf(':');
        if (colon > 0) {
            String field = term.substring(0, colon);
            if (!FIELDS.contains(field)) {
                problems.add("unknown field " + field);
            }
            if (colon == term.length() - 1) {
                problems.add("field without value " + term);
            }
        }
        int star = term.indexOf('*');
        if (star >= 0 && (star < 3 || star != term.length() - 1)) {
            problems.add("wildcard needs three characters before a final *: " + term);
        }
    }

    private static String withoutComments(String query, List<String> problems) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < query.length()) {
            int open = query.indexOf("<<<", i);
            int close = query.indexOf(">>>", i);
            if (open < 0) {
                if (close >= 0) {
                    problems.add("comment closed but never opened");
                }
                out.append(query, i, query.length());
                break;
            }
            if (close >= 0 && close < open) {
                problems.add("comment closed but never opened");
            }
            out.append(query, i, open).append(' ');
            int end = query.indexOf(">>>", open + 3);
            if (end < 0) {
                problems.add("unclosed comment");
                break;
            }
            i = end + 3;
        }
        return out.toString();
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }
}
