package org.comptoir.query;

import java.util.List;

/**
 * A suggestion about a query that may not mean what its author thinks: a common mistake, or syntax
 * from another tool (Brandwatch, Sprinklr) that Comptoir reads differently. Not an error: the query
 * may still parse.
 *
 * @param column 1-based column (in characters) of the word concerned
 * @param kind   what the hint is about; its {@link Kind#code()} names the message
 * @param args   the words the message quotes (the word as written, the suggested replacement…)
 */
public record QueryHint(int column, Kind kind, List<String> args) {
    public QueryHint {
        args = List.copyOf(args);
    }

    public enum Kind {
        /** {@code and}, {@code or}, {@code not}, {@code near/5} in lower case are words. Args: written, operator. */
        LOWERCASE_OPERATOR,
        /** {@code *cafe}: a word may not start with a wildcard. Args: written, the word without it. */
        LEADING_WILDCARD,
        /** {@code colour:red}: unknown field with a close known one. Args: written field, suggested field. */
        UNKNOWN_FIELD,
        /** {@code country:fr}: unknown field and nothing close. Args: written field, the known fields. */
        UNSUPPORTED_FIELD,
        /** {@code +cafe}: every word is already required; the plus is not an operator. Args: written. */
        PLUS_IGNORED,
        /** {@code 'service client'}: single quotes do not make a phrase. Args: written. */
        SINGLE_QUOTES;

        /** The lower-case, dash-separated code used in message keys and the API. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
