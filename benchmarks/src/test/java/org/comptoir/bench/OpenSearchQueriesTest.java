package org.comptoir.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comptoir.query.QueryParser;
import org.junit.jupiter.api.Test;

class OpenSearchQueriesTest {
    /** A stand-in for OpenSearch's _analyze: lower-cases and splits on spaces, one token per position. */
    private final OpenSearchQueries queries = new OpenSearchQueries((field, text) ->
            java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split(" ")).map(List::of).toList());

    private String translate(String query) throws Exception {
        return OpenSearchQueries.json(queries.translate(QueryParser.parse(query)));
    }

    @Test
    void aWordIsAPhraseOnEveryLanguageFieldOred() throws Exception {
        String json = translate("panne");
        for (String field : List.of("text_fr", "text_en", "text_es", "text_de", "text_it", "text_pt", "text_other")) {
            assertThat(json).contains("{\"match_phrase\":{\"" + field + "\":{\"query\":\"panne\"}}}");
        }
        assertThat(json).contains("\"minimum_should_match\":1");
    }

    @Test
    void aSloppyPhraseIsAnUnorderedSpanNearOfTheAnalysedTerms() throws Exception {
        assertThat(translate("\"service client\"~5")).contains("{\"span_near\":{\"clauses\":[{\"span_term\":{\"text_fr\":{\"value\":"
                + "\"service\"}}},{\"span_term\":{\"text_fr\":{\"value\":\"client\"}}}],\"slop\":5,\"in_order\":false}}");
    }

    @Test
    void nearForwardIsAnOrderedSpanNear() throws Exception {
        assertThat(translate("panne NEAR/3f train")).contains("\"slop\":3,\"in_order\":true");
    }

    @Test
    void aTrailingWildcardIsAFoldedPrefixAndInsideNearAMaskedSpanMulti() throws Exception {
        assertThat(translate("Écol* AND verte")).contains("{\"prefix\":{\"text\":{\"value\":\"ecol\"}}}");
        assertThat(translate("écol* NEAR/2 verte")).contains("{\"field_masking_span\":{\"query\":{\"span_multi\":{\"match\":"
                + "{\"prefix\":{\"text\":{\"value\":\"ecol\"}}}}},\"field\":\"text_fr\"}}");
        assertThat(translate("c?fe AND noir")).contains("{\"wildcard\":{\"text\":{\"value\":\"c?fe\"}}}");
    }

    @Test
    void exclusionsLanguagesHashtagsAndExactCaseHaveTheirClauses() throws Exception {
        String json = translate("(sncf OR ratp) AND NOT grève lang:fr");
        assertThat(json).contains("\"must_not\":[{\"bool\":{\"should\":[{\"match_phrase\":{\"text_fr\":{\"query\":\"grève\"}}}");
        assertThat(json).contains("{\"term\":{\"lang\":{\"value\":\"fr\"}}}");
        assertThat(translate("#Grève")).isEqualTo("{\"term\":{\"text\":{\"value\":\"#greve\"}}}");
        assertThat(translate("@SNCF")).isEqualTo("{\"term\":{\"text\":{\"value\":\"@sncf\"}}}");
        assertThat(translate("{BNP}")).isEqualTo("{\"match_phrase\":{\"text.case\":{\"query\":\"BNP\"}}}");
        assertThat(translate("followers:[10 TO *]")).isEqualTo("{\"range\":{\"followers\":{\"gte\":10}}}");
        assertThat(translate("-spam")).isEqualTo("{\"bool\":{\"must\":[{\"match_all\":{}}],\"must_not\":["
                + translate("spam") + "]}}");
    }
}
