package org.comptoir.query;

import org.comptoir.query.QueryNode.Or;

/** Checks what may stand on either side of NEAR: words, phrases, patterns, literals, OR groups of those. */
final class NearSides {
    private NearSides() {
    }

    static void check(QueryNode side, Token where, QueryField field) throws QuerySyntaxException {
        if (field != null && field.kind() != QueryField.Kind.TEXT) {
            throw new QuerySyntaxException("NEAR only applies to text, not to " + field.queryName() + ":",
                    where.column());
        }
        if (!allowed(side)) {
            throw new QuerySyntaxException("NEAR sides must be words, phrases or OR groups of them", where.column());
        }
    }

    private static boolean allowed(QueryNode node) {
        if (node instanceof Or or) {
            return or.clauses().stream().allMatch(NearSides::allowed);
        }
        return node instanceof QueryNode.Term || node instanceof QueryNode.Phrase
                || node instanceof QueryNode.Wildcard || node instanceof QueryNode.ExactCase
                || node instanceof QueryNode.Hashtag || node instanceof QueryNode.Handle
                || node instanceof QueryNode.Near;
    }
}
