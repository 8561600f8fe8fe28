package org.comptoir.query;

import java.util.List;
import java.util.Objects;

/**
 * A parsed topic query. Backend-neutral: the Lucene translator and a future OpenSearch translator
 * read the same tree. Words are kept as the user wrote them; analysis (folding, stemming) is the
 * backend's job.
 */
public sealed interface QueryNode {

    /** Every clause must match. A clause that is a {@link Not} excludes. */
    record And(List<QueryNode> clauses) implements QueryNode {
        public And {
            clauses = List.copyOf(clauses);
        }
    }

    /** At least one clause must match. */
    record Or(List<QueryNode> clauses) implements QueryNode {
        public Or {
            clauses = List.copyOf(clauses);
        }
    }

    /** Posts that do not match {@code clause}; alone, it means every post except those. */
    record Not(QueryNode clause) implements QueryNode {
        public Not {
            Objects.requireNonNull(clause, "clause");
        }
    }

    /** A word (or emoji, or URL) as written; matched case-, accent-insensitively and stemmed. */
    record Term(String text) implements QueryNode {
    }

    /** Words in this order, adjacent when {@code slop} is 0, else within {@code slop} words in any order. */
    record Phrase(String text, int slop) implements QueryNode {
    }

    /** {@code left} within {@code distance} words of {@code right}; before it when {@code ordered}. */
    record Near(QueryNode left, QueryNode right, int distance, boolean ordered) implements QueryNode {
    }

    /** A word pattern with {@code *} (any characters) and {@code ?} (one character), folded, unstemmed. */
    record Wildcard(String pattern) implements QueryNode {
    }

    /** {@code {BNP}}: words in their exact written form, case-sensitive. */
    record ExactCase(String text) implements QueryNode {
    }

    /** {@code #boycott}: only the hashtag; {@code name} is without the {@code #}. */
    record Hashtag(String name) implements QueryNode {
    }

    /** {@code @sncf} or {@code @marie@piaille.fr}: only the handle; {@code name} is without the leading {@code @}. */
    record Handle(String name) implements QueryNode {
    }

    /**
     * {@code field:value}. For keyword fields {@code value} is made of {@link Term} and {@link Wildcard}
     * (trailing {@code *}) combined with And/Or/Not; for {@link QueryField#TITLE} it is any text query.
     */
    record Field(QueryField field, QueryNode value) implements QueryNode {
    }

    /** {@code followers:[1000 TO *]}: a numeric range; a null bound is open. */
    record FieldRange(QueryField field, Long min, boolean minInclusive, Long max, boolean maxInclusive)
            implements QueryNode {
    }

    /** Every post ({@code *} alone). */
    record MatchAll() implements QueryNode {
    }
}
