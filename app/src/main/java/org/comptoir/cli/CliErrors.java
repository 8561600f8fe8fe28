package org.comptoir.cli;

import org.comptoir.query.QuerySyntaxException;

/** Error messages shared by commands. */
final class CliErrors {
    static final int BAD_INPUT = 2;

    private CliErrors() {
    }

    static CliException badQuery(QuerySyntaxException e) {
        return new CliException("invalid query: " + e.getMessage(), BAD_INPUT);
    }
}
