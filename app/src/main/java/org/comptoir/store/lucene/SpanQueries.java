package org.comptoir.store.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.FieldMaskingSpanQuery;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.comptoir.query.QueryNode;

/**
 * Span queries for NEAR and sloppy phrases in one language field. Wildcards and {@code {…}} read
 * the folded and case-sensitive fields of the same text, whose positions are the same, through
 * {@link FieldMaskingSpanQuery}. Returns null when a side has nothing to search.
 */
final class SpanQueries {
    private SpanQueries() {
    }

    static SpanQuery span(QueryNode node, String field, String base) {
        if (node instanceof QueryNode.Term term) {
            return positions(field, TokenPositions.of(field, term.text()), 0, true);
        }
        if (node instanceof QueryNode.Phrase phrase) {
            return positions(field, TokenPositions.of(field, phrase.text()), phrase.slop(), phrase.slop() == 0);
        }
        if (node instanceof QueryNode.Hashtag || node instanceof QueryNode.Handle) {
            return new SpanTermQuery(new Term(field, TextQueries.literal(node, base)));
        }
        if (node instanceof QueryNode.Wildcard wildcard) {
            String folded = PostFields.folded(base);
            return new FieldMaskingSpanQuery(new SpanMultiTermQueryWrapper<>(
                    new WildcardQuery(new Term(folded, TextQueries.pattern(wildcard, base)))), field);
        }
        if (node instanceof QueryNode.ExactCase exact) {
            String caseField = PostFields.exactCase(base);
            SpanQuery inner = positions(caseField, TokenPositions.of(caseField, exact.text()), 0, true);
            return inner == null ? null : new FieldMaskingSpanQuery(inner, field);
        }
        if (node instanceof QueryNode.Or or) {
            SpanQuery[] sides = or.clauses().stream().map(c -> span(c, field, base)).filter(Objects::nonNull)
                    .toArray(SpanQuery[]::new);
            return sides.length == 0 ? null : sides.length == 1 ? sides[0] : new SpanOrQuery(sides);
        }
        if (node instanceof QueryNode.Near near) {
            SpanQuery left = span(near.left(), field, base);
            SpanQuery right = span(near.right(), field, base);
            return left == null || right == null ? null
                    : new SpanNearQuery(new SpanQuery[] {left, right}, near.distance(), near.ordered());
        }
        throw new IllegalArgumentException("not allowed inside NEAR: " + node);
    }

    /** Consecutive positions within {@code slop}; several terms at one position are alternatives. */
    static SpanQuery positions(String field, List<List<String>> positions, int slop, boolean ordered) {
        List<SpanQuery> clauses = new ArrayList<>();
        for (List<String> terms : positions) {
            SpanQuery[] alternatives = terms.stream().map(t -> new SpanTermQuery(new Term(field, t)))
                    .toArray(SpanQuery[]::new);
            clauses.add(alternatives.length == 1 ? alternatives[0] : new SpanOrQuery(alternatives));
        }
        if (clauses.isEmpty()) {
            return null;
        }
        return clauses.size() == 1 ? clauses.get(0)
                : new SpanNearQuery(clauses.toArray(SpanQuery[]::new), slop, ordered);
    }
}
