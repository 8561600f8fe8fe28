package org.comptoir.query;

/** A topic query that cannot be parsed: what is wrong and where (1-based column, in characters). */
public class QuerySyntaxException extends Exception {
    private final int column;
    private final String problem;

    public QuerySyntaxException(String problem, int column) {
        super(problem + " at column " + column);
        this.problem = problem;
        this.column = column;
    }

    /** 1-based column of the character where the problem starts. */
    public int column() {
        return column;
    }

    /** The problem alone, without the column, e.g. {@code unbalanced parenthesis}. */
    public String problem() {
        return problem;
    }
}
