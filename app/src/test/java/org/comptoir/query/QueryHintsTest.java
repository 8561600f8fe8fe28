package org.comptoir.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comptoir.query.QueryHint.Kind;
import org.junit.jupiter.api.Test;

class QueryHintsTest {

    @Test
    void lowerCaseOperatorsAreWordsAndTheHintNamesTheOperator() {
        assertThat(QueryHints.of("panne and retard or Not grève")).containsExactly(
                new QueryHint(7, Kind.LOWERCASE_OPERATOR, List.of("and", "AND")),
                new QueryHint(18, Kind.LOWERCASE_OPERATOR, List.of("or", "OR")),
                new QueryHint(21, Kind.LOWERCASE_OPERATOR, List.of("Not", "NOT")));
        assertThat(QueryHints.of("panne near/5 train onear/3f gare")).extracting(QueryHint::args).containsExactly(
                List.of("near/5", "NEAR/5"), List.of("onear/3f", "ONEAR/3f"));
        assertThat(QueryHints.of("panne AND retard OR NOT grève NEAR/5 train")).isEmpty();
    }

    @Test
    void aLeadingWildcardSuggestsTheWordWithoutIt() {
        assertThat(QueryHints.of("(*cafe OR ?afe)")).containsExactly(
                new QueryHint(2, Kind.LEADING_WILDCARD, List.of("*cafe", "cafe")),
                new QueryHint(11, Kind.LEADING_WILDCARD, List.of("?afe", "afe")));
        assertThat(QueryHints.of("cafe*")).isEmpty();
    }

    @Test
    void anUnknownFieldGetsTheClosestKnownOneOrTheListOfFields() {
        assertThat(QueryHints.of("titel:panne")).containsExactly(new QueryHint(1, Kind.UNKNOWN_FIELD, List.of("titel", "title")));
        assertThat(QueryHints.of("sentimnt:negative")).extracting(h -> h.args().get(1)).containsExactly("sentiment");
        assertThat(QueryHints.of("lang:fr domain:example.org")).containsExactly(
                new QueryHint(9, Kind.UNKNOWN_FIELD, List.of("domain", "site")));
        List<QueryHint> country = QueryHints.of("country:fr");
        assertThat(country).extracting(QueryHint::kind).containsExactly(Kind.UNSUPPORTED_FIELD);
        assertThat(country.get(0).args().get(1)).contains("lang:").contains("author:").contains("followers:");
        assertThat(QueryHints.of("url:https://example.org/a https://example.org/b")).isEmpty();
    }

    @Test
    void otherToolsSyntaxThatComptoirReadsDifferentlyIsNamed() {
        assertThat(QueryHints.of("+fournil 'service client'")).containsExactly(
                new QueryHint(1, Kind.PLUS_IGNORED, List.of("+fournil")),
                new QueryHint(10, Kind.SINGLE_QUOTES, List.of("'service")));
    }

    @Test
    void phrasesExactFormsAndCommentsAreMeantLiterally() {
        assertThat(QueryHints.of("\"rock and roll\" {and} <<< and *x colour: >>> « or »")).isEmpty();
    }

    @Test
    void columnsCountCharactersNotUtf16Units() {
        assertThat(QueryHints.of("😡 and")).containsExactly(new QueryHint(3, Kind.LOWERCASE_OPERATOR, List.of("and", "AND")));
    }

    @Test
    void hintsComeEvenWhenTheQueryDoesNotParse() {
        assertThat(QueryHints.of("(panne and")).extracting(QueryHint::kind).containsExactly(Kind.LOWERCASE_OPERATOR);
        assertThat(QueryHints.of(null)).isEmpty();
    }
}
