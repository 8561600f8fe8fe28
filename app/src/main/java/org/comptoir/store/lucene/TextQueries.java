package org.comptoir.store.lucene;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.QueryBuilder;
import org.comptoir.query.QueryNode;

/**
 * Leaf queries on post text: words and phrases over every language field (each analysed by its
 * own analyzer), wildcards, hashtags and handles on the folded field, {@code {…}} on the
 * case-sensitive field.
 */
final class TextQueries {
    private static final QueryBuilder BUILDER = new QueryBuilder(PostAnalyzers.analyzer());

    private TextQueries() {
    }

    static Query leaf(List<String> bases, QueryNode node) {
        Set<Query> alternatives = new LinkedHashSet<>();
        for (String base : bases) {
            if (node instanceof QueryNode.Term || node instanceof QueryNode.Phrase
                    || node instanceof QueryNode.Near) {
                for (String field : PostFields.languageFields(base)) {
                    alternatives.add(inLanguageField(node, field, base));
                }
            } else if (node instanceof QueryNode.Wildcard wildcard) {
                alternatives.add(new WildcardQuery(new Term(PostFields.folded(base), pattern(wildcard, base))));
            } else if (node instanceof QueryNode.Hashtag || node instanceof QueryNode.Handle) {
                alternatives.add(new TermQuery(new Term(PostFields.folded(base), literal(node, base))));
            } else if (node instanceof QueryNode.ExactCase exact) {
                alternatives.add(BUILDER.createPhraseQuery(PostFields.exactCase(base), exact.text(), 0));
            } else {
                throw new IllegalArgumentException("not a text query: " + node);
            }
        }
        alternatives.remove(null);
        if (alternatives.isEmpty()) {
            return new MatchNoDocsQuery("nothing searchable in " + node);
        }
        if (alternatives.size() == 1) {
            return alternatives.iterator().next();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        alternatives.forEach(q -> any.add(q, Occur.SHOULD));
        return any.build();
    }

    private static Query inLanguageField(QueryNode node, String field, String base) {
        if (node instanceof QueryNode.Term term) {
            return BUILDER.createPhraseQuery(field, term.text(), 0);
        }
        if (node instanceof QueryNode.Phrase phrase && phrase.slop() == 0) {
            return BUILDER.createPhraseQuery(field, phrase.text(), 0);
        }
        Query span = SpanQueries.span(node, field, base);
        // Masked spans (wildcard or {…} inside NEAR) cannot be scored on a field without documents.
        return span == null || !(node instanceof QueryNode.Near) ? span : new ConstantScoreQuery(span);
    }

    /** A wildcard pattern lower-cased, folded and without elision, as in the folded field. */
    static String pattern(QueryNode.Wildcard wildcard, String base) {
        return PostAnalyzers.analyzer().normalize(PostFields.folded(base), wildcard.pattern()).utf8ToString();
    }

    /** {@code #name} or {@code @name} lower-cased and folded, as the tokenizer indexes it. */
    static String literal(QueryNode node, String base) {
        String text = node instanceof QueryNode.Hashtag h ? "#" + h.name() : "@" + ((QueryNode.Handle) node).name();
        return PostAnalyzers.analyzer().normalize(PostFields.folded(base), text).utf8ToString();
    }
}
