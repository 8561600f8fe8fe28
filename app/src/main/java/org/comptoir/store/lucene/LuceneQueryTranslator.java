package org.comptoir.store.lucene;

import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.comptoir.query.QueryField;
import org.comptoir.query.QueryNode;

/**
 * Turns a topic query tree into a plain Lucene query (BooleanQuery, TermQuery, PhraseQuery, span,
 * wildcard and point queries only), so that Lucene Monitor's presearcher can index it. A word is
 * expanded over every language field of the post text and title, each analysed by that field's
 * analyzer; a query or group made only of exclusions matches every post except those.
 */
public final class LuceneQueryTranslator {
    private static final List<String> TEXT = List.of(PostFields.TEXT);

    private final List<String> bases;
    private final QueryField keyword;

    private LuceneQueryTranslator(List<String> bases, QueryField keyword) {
        this.bases = bases;
        this.keyword = keyword;
    }

    public static Query toQuery(QueryNode node) {
        return new LuceneQueryTranslator(TEXT, null).translate(node);
    }

    private Query translate(QueryNode node) {
        if (node instanceof QueryNode.And and) {
            return and(and.clauses());
        }
        if (node instanceof QueryNode.Or or) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            or.clauses().forEach(clause -> builder.add(translate(clause), Occur.SHOULD));
            return builder.build();
        }
        if (node instanceof QueryNode.Not) {
            return and(List.of(node));
        }
        if (node instanceof QueryNode.MatchAll) {
            return new MatchAllDocsQuery();
        }
        if (node instanceof QueryNode.Field field) {
            return field.field() == QueryField.TITLE
                    ? new LuceneQueryTranslator(List.of(PostFields.TITLE), null).translate(field.value())
                    : new LuceneQueryTranslator(List.of(), field.field()).translate(field.value());
        }
        if (node instanceof QueryNode.FieldRange range) {
            return followers(range);
        }
        return keyword != null ? KeywordQueries.leaf(keyword, node) : TextQueries.leaf(bases, node);
    }

    /** Required clauses, exclusions for Not clauses; all posts when nothing is required. */
    private Query and(List<QueryNode> clauses) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        boolean positive = false;
        for (QueryNode clause : clauses) {
            if (clause instanceof QueryNode.Not not) {
                builder.add(translate(not.clause()), Occur.MUST_NOT);
            } else {
                builder.add(translate(clause), Occur.MUST);
                positive = true;
            }
        }
        if (!positive) {
            builder.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return builder.build();
    }

    private static Query followers(QueryNode.FieldRange range) {
        if (range.min() != null && !range.minInclusive() && range.min() == Long.MAX_VALUE
                || range.max() != null && !range.maxInclusive() && range.max() == Long.MIN_VALUE) {
            return new MatchNoDocsQuery("empty followers range");
        }
        long min = range.min() == null ? Long.MIN_VALUE
                : range.minInclusive() ? range.min() : Math.addExact(range.min(), 1);
        long max = range.max() == null ? Long.MAX_VALUE
                : range.maxInclusive() ? range.max() : Math.subtractExact(range.max(), 1);
        return LongPoint.newRangeQuery(PostFields.FOLLOWERS, min, max);
    }
}
