package org.comptoir.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.comptoir.query.QueryParser;
import org.junit.jupiter.api.Test;

/** The shape of translated queries: only standard Lucene queries that Monitor's presearcher can read. */
class LuceneQueryTranslatorTest {

    private static Query translate(String query) throws Exception {
        return LuceneQueryTranslator.toQuery(QueryParser.parse(query));
    }

    @Test
    void aWordIsExpandedOverTheSevenLanguageFields() throws Exception {
        BooleanQuery query = (BooleanQuery) translate("Pannes");
        assertThat(query.clauses()).hasSize(7).allMatch(c -> c.getOccur() == Occur.SHOULD);
        assertThat(query.clauses()).extracting(c -> ((TermQuery) c.getQuery()).getTerm().field())
                .containsExactly("text_fr", "text_en", "text_es", "text_de", "text_it", "text_pt", "text_other");
        assertThat(query.clauses().get(6).getQuery()).isEqualTo(new TermQuery(new Term("text_other", "pannes")));
    }

    @Test
    void aQueryOfOnlyExclusionsRequiresMatchAll() throws Exception {
        BooleanQuery query = (BooleanQuery) translate("-spam NOT #pub");
        assertThat(query.clauses()).extracting(BooleanClause::getOccur)
                .containsExactly(Occur.MUST_NOT, Occur.MUST_NOT, Occur.MUST);
        assertThat(query.clauses().get(2).getQuery()).isInstanceOf(MatchAllDocsQuery.class);
        assertThat(query.clauses().get(1).getQuery()).isEqualTo(new TermQuery(new Term("text_folded", "#pub")));
    }

    @Test
    void wildcardsAreFoldedAndSearchTheUnstemmedField() throws Exception {
        assertThat(translate("L’Appli*")).isEqualTo(new WildcardQuery(new Term("text_folded", "appli*")));
        assertThat(translate("Ca?é")).isEqualTo(new WildcardQuery(new Term("text_folded", "ca?e")));
    }

    @Test
    void keywordFieldsAreNormalisedLikeTheDocuments() throws Exception {
        assertThat(translate("author:@SNCF")).isEqualTo(new TermQuery(new Term(PostFields.AUTHOR, "sncf")));
        assertThat(translate("site:https://www.Example.org/a")).isEqualTo(
                new TermQuery(new Term(PostFields.SITE, "example.org")));
        assertThat(translate("network:Twitter")).isEqualTo(new TermQuery(new Term(PostFields.NETWORK, "x")));
    }
}
