package org.comptoir.query;

import java.util.ArrayList;
import java.util.List;
import org.comptoir.query.QueryNode.And;
import org.comptoir.query.QueryNode.Field;
import org.comptoir.query.QueryNode.Near;
import org.comptoir.query.QueryNode.Not;
import org.comptoir.query.QueryNode.Or;
import org.comptoir.query.Token.Kind;

/**
 * Parses the topic query dialect into a {@link QueryNode} tree. Precedence, tightest first:
 * NEAR, NOT (and {@code -}), AND (explicit or implicit between neighbours), OR.
 * See {@code docs/query-language.md}.
 */
public final class QueryParser {
    private static final int MAX_DEPTH = 64;
    private final List<Token> tokens;
    private int index;
    /** The field whose value is being parsed, or null for the post text. */
    private QueryField field;
    private int depth;

    private QueryParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses {@code query}; never returns null. */
    public static QueryNode parse(String query) throws QuerySyntaxException {
        if (query == null) {
            throw new QuerySyntaxException("empty query", 1);
        }
        QueryParser parser = new QueryParser(QueryLexer.tokenize(query));
        if (parser.peek().kind() == Kind.EOF) {
            throw new QuerySyntaxException("empty query", 1);
        }
        QueryNode node = parser.or();
        Token rest = parser.peek();
        if (rest.kind() != Kind.EOF) {
            throw new QuerySyntaxException(rest.kind() == Kind.RPAREN ? "unbalanced parenthesis"
                    : "unexpected " + rest.display(), rest.column());
        }
        return node;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token next() {
        return tokens.get(index++);
    }

    private static boolean startsOperand(Token token) {
        return switch (token.kind()) {
            case LPAREN, WORD, PHRASE, EXACT, FIELD, RANGE, NOT, MINUS -> true;
            default -> false;
        };
    }

    private void requireOperandAfter(Token operator) throws QuerySyntaxException {
        if (!startsOperand(peek())) {
            throw new QuerySyntaxException("dangling operator " + operator.display(), operator.column());
        }
    }

    private QueryNode or() throws QuerySyntaxException {
        List<QueryNode> clauses = new ArrayList<>(List.of(and()));
        while (peek().kind() == Kind.OR) {
            requireOperandAfter(next());
            clauses.add(and());
        }
        return clauses.size() == 1 ? clauses.get(0) : new Or(flatten(clauses, Or.class));
    }

    private QueryNode and() throws QuerySyntaxException {
        List<QueryNode> clauses = new ArrayList<>(List.of(unary()));
        while (true) {
            if (peek().kind() == Kind.AND) {
                requireOperandAfter(next());
            } else if (!startsOperand(peek())) {
                break;
            }
            clauses.add(unary());
        }
        return clauses.size() == 1 ? clauses.get(0) : new And(flatten(clauses, And.class));
    }

    private QueryNode unary() throws QuerySyntaxException {
        int negations = 0;
        while (peek().kind() == Kind.NOT || peek().kind() == Kind.MINUS) {
            requireOperandAfter(next());
            negations++;
        }
        QueryNode node = near();
        for (int i = 0; i < negations; i++) {
            node = new Not(node);
        }
        return node;
    }

    private QueryNode near() throws QuerySyntaxException {
        Token first = peek();
        QueryNode left = primary();
        while (peek().kind() == Kind.NEAR) {
            Token operator = next();
            Token second = peek();
            if (!startsOperand(second) || second.kind() == Kind.NOT || second.kind() == Kind.MINUS) {
                throw new QuerySyntaxException("dangling operator " + operator.display(), operator.column());
            }
            QueryNode right = primary();
            NearSides.check(left, first, field);
            NearSides.check(right, second, field);
            left = new Near(left, right, operator.number(), operator.flag());
        }
        return left;
    }

    private QueryNode primary() throws QuerySyntaxException {
        Token token = next();
        switch (token.kind()) {
            case LPAREN -> {
                if (peek().kind() == Kind.RPAREN) {
                    throw new QuerySyntaxException("empty group ()", token.column());
                }
                if (peek().kind() == Kind.EOF) {
                    throw new QuerySyntaxException("unbalanced parenthesis", token.column());
                }
                if (++depth > MAX_DEPTH) {
                    throw new QuerySyntaxException("too many nested parentheses (at most " + MAX_DEPTH + ")",
                            token.column());
                }
                QueryNode inner = or();
                depth--;
                if (peek().kind() != Kind.RPAREN) {
                    throw new QuerySyntaxException("unbalanced parenthesis", token.column());
                }
                next();
                return inner;
            }
            case RPAREN -> throw new QuerySyntaxException("unbalanced parenthesis", token.column());
            case FIELD -> {
                return field(token);
            }
            case WORD, PHRASE, EXACT, RANGE -> {
                return Values.leaf(token, field);
            }
            case EOF -> throw new QuerySyntaxException("the query ends where a term was expected", token.column());
            default -> throw new QuerySyntaxException("dangling operator " + token.display(), token.column());
        }
    }

    private QueryNode field(Token name) throws QuerySyntaxException {
        QueryField named = QueryField.byName(name.text())
                .orElseThrow(() -> new QuerySyntaxException("unknown field '" + name.text() + "'", name.column()));
        if (field != null) {
            throw new QuerySyntaxException("field " + named.queryName() + ": inside field " + field.queryName()
                    + ":", name.column());
        }
        Token value = peek();
        boolean adjacent = value.column() == name.column() + name.text().length() + 1;
        if (!adjacent || !(value.kind() == Kind.LPAREN || value.kind() == Kind.WORD || value.kind() == Kind.PHRASE
                || value.kind() == Kind.EXACT || value.kind() == Kind.RANGE)) {
            throw new QuerySyntaxException("missing value for field " + named.queryName() + ":", name.column());
        }
        if (named.kind() == QueryField.Kind.NUMBER && value.kind() != Kind.WORD && value.kind() != Kind.RANGE) {
            throw new QuerySyntaxException("bad range: " + named.queryName() + ": takes a number or [min TO max]",
                    value.column());
        }
        field = named;
        try {
            QueryNode inner = primary();
            return inner instanceof QueryNode.FieldRange ? inner : new Field(named, inner);
        } finally {
            field = null;
        }
    }

    private static List<QueryNode> flatten(List<QueryNode> clauses, Class<? extends QueryNode> type) {
        List<QueryNode> flat = new ArrayList<>();
        for (QueryNode clause : clauses) {
            if (type.isInstance(clause)) {
                flat.addAll(clause instanceof And a ? a.clauses() : ((Or) clause).clauses());
            } else {
                flat.add(clause);
            }
        }
        return flat;
    }
}
