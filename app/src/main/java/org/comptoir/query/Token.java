package org.comptoir.query;

/**
 * One lexical unit of a topic query.
 *
 * @param kind   what it is
 * @param text   the word, phrase content, field name or range text (without quotes or braces)
 * @param column 1-based column of its first character
 * @param number phrase slop or NEAR distance, -1 when absent
 * @param flag   NEAR: ordered
 */
record Token(Kind kind, String text, int column, int number, boolean flag) {

    enum Kind { LPAREN, RPAREN, AND, OR, NOT, MINUS, NEAR, WORD, PHRASE, EXACT, FIELD, RANGE, EOF }

    static Token of(Kind kind, String text, int column) {
        return new Token(kind, text, column, -1, false);
    }

    /** How the token reads in an error message. */
    String display() {
        return switch (kind) {
            case NEAR -> (flag ? "ONEAR/" : "NEAR/") + number;
            case MINUS -> "-";
            default -> text;
        };
    }
}
