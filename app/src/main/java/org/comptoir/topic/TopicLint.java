package org.comptoir.topic;

import java.util.List;
import org.comptoir.query.QueryHint;
import org.comptoir.query.QueryHints;
import org.comptoir.query.QuerySyntaxException;

/**
 * What the editor shows under a query: the error (if any) with the query cut around its column, so the
 * page marks the character in escaped text, and the hints about common mistakes.
 *
 * @param problem null when the query parses
 * @param column  1-based column of the problem, 0 when none
 * @param before  the query before the column
 * @param at      the character at the column (a space when the problem is at the end)
 * @param after   the query after it
 */
public record TopicLint(String problem, int column, String before, String at, String after, List<QueryHint> hints) {

    public boolean ok() {
        return problem == null;
    }

    /** Nothing written yet: nothing to say. */
    public boolean blank() {
        return (before + at + after).isBlank();
    }

    public static TopicLint of(String query) {
        String text = query == null ? "" : query;
        if (text.isBlank()) {
            return new TopicLint(null, 0, text, "", "", List.of());
        }
        List<QueryHint> hints = QueryHints.of(text);
        try {
            TopicCatalog.lint(text);
            return new TopicLint(null, 0, text, "", "", hints);
        } catch (QuerySyntaxException e) {
            int codePoints = text.codePointCount(0, text.length());
            int index = Math.max(0, Math.min(e.column() - 1, codePoints));
            int start = text.offsetByCodePoints(0, index);
            if (index >= codePoints) {
                return new TopicLint(e.problem(), e.column(), text, " ", "", hints);
            }
            int end = text.offsetByCodePoints(start, 1);
            return new TopicLint(e.problem(), e.column(), text.substring(0, start), text.substring(start, end),
                    text.substring(end), hints);
        }
    }
}
