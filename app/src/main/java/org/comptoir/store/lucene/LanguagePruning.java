package org.comptoir.store.lucene;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A translated query as it reads posts of one language. A word is expanded over every language field
 * ({@code text_fr}, {@code text_en}…), but a post is indexed in its own language's field only, so for posts
 * of language {@code fr} every clause that reads only other languages' fields can never match: it is
 * dropped (a SHOULD or MUST_NOT clause) or makes its group impossible (a MUST or FILTER clause). The result
 * matches exactly the same posts of that language, with fewer clauses to run and index in Lucene Monitor.
 */
public final class LanguagePruning {
    private static final Set<String> LANGUAGE_FIELDS = languageFields();

    private LanguagePruning() {
    }

    /** {@code query} for posts whose {@link PostFields#languageKey language key} is {@code key}. */
    public static Query forPostsIn(Query query, String key) {
        if (query instanceof BooleanQuery bool) {
            return prune(bool, key);
        }
        if (query instanceof ConstantScoreQuery constant) {
            Query inner = forPostsIn(constant.getQuery(), key);
            return inner instanceof MatchNoDocsQuery ? inner : new ConstantScoreQuery(inner);
        }
        if (query instanceof BoostQuery boost) {
            Query inner = forPostsIn(boost.getQuery(), key);
            return inner instanceof MatchNoDocsQuery ? inner : new BoostQuery(inner, boost.getBoost());
        }
        return readsOnlyOtherLanguages(query, key) ? new MatchNoDocsQuery("only other languages than " + key) : query;
    }

    private static Query prune(BooleanQuery bool, String key) {
        BooleanQuery.Builder kept = new BooleanQuery.Builder();
        int should = 0;
        int required = 0;
        for (BooleanClause clause : bool.clauses()) {
            Query sub = forPostsIn(clause.getQuery(), key);
            boolean impossible = sub instanceof MatchNoDocsQuery;
            if (clause.getOccur() == Occur.MUST || clause.getOccur() == Occur.FILTER) {
                if (impossible) {
                    return new MatchNoDocsQuery("a required clause reads only other languages than " + key);
                }
                required++;
            } else if (impossible) {
                continue;
            } else if (clause.getOccur() == Occur.SHOULD) {
                should++;
            }
            kept.add(sub, clause.getOccur());
        }
        int minimum = bool.getMinimumNumberShouldMatch();
        boolean hadShould = bool.clauses().stream().anyMatch(c -> c.getOccur() == Occur.SHOULD);
        if (should < minimum || required == 0 && hadShould && should == 0) {
            return new MatchNoDocsQuery("no clause left for " + key);
        }
        kept.setMinimumNumberShouldMatch(minimum);
        return kept.build();
    }

    private static boolean readsOnlyOtherLanguages(Query query, String key) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        if (fields.isEmpty()) {
            return false;
        }
        for (String field : fields) {
            if (!LANGUAGE_FIELDS.contains(field) || field.endsWith("_" + key)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> languageFields() {
        Set<String> fields = new HashSet<>(PostFields.languageFields(PostFields.TEXT));
        fields.addAll(PostFields.languageFields(PostFields.TITLE));
        return Set.copyOf(fields);
    }

    /** Every language key a post can have: the stemmed languages and {@code other}. */
    public static Set<String> keys() {
        Set<String> keys = new HashSet<>(PostFields.STEMMED_LANGUAGES);
        keys.add(PostFields.OTHER);
        return Set.copyOf(keys);
    }
}
