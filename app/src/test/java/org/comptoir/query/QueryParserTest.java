package org.comptoir.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.comptoir.query.QueryNode.And;
import org.comptoir.query.QueryNode.ExactCase;
import org.comptoir.query.QueryNode.Field;
import org.comptoir.query.QueryNode.FieldRange;
import org.comptoir.query.QueryNode.Handle;
import org.comptoir.query.QueryNode.Hashtag;
import org.comptoir.query.QueryNode.MatchAll;
import org.comptoir.query.QueryNode.Near;
import org.comptoir.query.QueryNode.Not;
import org.comptoir.query.QueryNode.Or;
import org.comptoir.query.QueryNode.Phrase;
import org.comptoir.query.QueryNode.Term;
import org.comptoir.query.QueryNode.Wildcard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParserTest {

    private static QueryNode parse(String query) throws QuerySyntaxException {
        return QueryParser.parse(query);
    }

    private static Term t(String text) {
        return new Term(text);
    }

    @Test
    void aSingleWordIsATerm() throws Exception {
        assertThat(parse("  Café ")).isEqualTo(t("Café"));
    }

    @Test
    void andOrNotAreOperatorsOnlyInUpperCase() throws Exception {
        assertThat(parse("a AND b")).isEqualTo(new And(List.of(t("a"), t("b"))));
        assertThat(parse("a OR b")).isEqualTo(new Or(List.of(t("a"), t("b"))));
        assertThat(parse("a and b or not c")).isEqualTo(
                new And(List.of(t("a"), t("and"), t("b"), t("or"), t("not"), t("c"))));
    }

    @Test
    void wordsSideBySideAreAnded() throws Exception {
        assertThat(parse("panne train")).isEqualTo(new And(List.of(t("panne"), t("train"))));
    }

    @Test
    void notBindsTighterThanAndWhichBindsTighterThanOr() throws Exception {
        assertThat(parse("a OR b AND NOT c")).isEqualTo(
                new Or(List.of(t("a"), new And(List.of(t("b"), new Not(t("c")))))));
        assertThat(parse("a b OR c d")).isEqualTo(
                new Or(List.of(new And(List.of(t("a"), t("b"))), new And(List.of(t("c"), t("d"))))));
    }

    @Test
    void parenthesesOverridePrecedence() throws Exception {
        assertThat(parse("(a OR b) AND c")).isEqualTo(
                new And(List.of(new Or(List.of(t("a"), t("b"))), t("c"))));
        assertThat(parse("NOT (a OR b)")).isEqualTo(new Not(new Or(List.of(t("a"), t("b")))));
    }

    @Test
    void minusPrefixIsNot() throws Exception {
        assertThat(parse("sncf -grève")).isEqualTo(new And(List.of(t("sncf"), new Not(t("grève")))));
        assertThat(parse("e-commerce")).isEqualTo(t("e-commerce"));
        assertThat(parse("NEARBY near/5")).isEqualTo(new And(List.of(t("NEARBY"), t("near/5"))));
    }

    @Test
    void aQueryOfOnlyNotClausesIsKeptAsNots() throws Exception {
        assertThat(parse("-spam NOT pub")).isEqualTo(new And(List.of(new Not(t("spam")), new Not(t("pub")))));
    }

    @Test
    void phrasesKeepTheirTextAndOptionalSlop() throws Exception {
        assertThat(parse("\"service client\"")).isEqualTo(new Phrase("service client", 0));
        assertThat(parse("\"service client\"~5")).isEqualTo(new Phrase("service client", 5));
        assertThat(parse("« service client »")).isEqualTo(new Phrase("service client", 0));
    }

    @Test
    void nearComesInUnorderedAndOrderedForms() throws Exception {
        assertThat(parse("panne NEAR/5 train")).isEqualTo(new Near(t("panne"), t("train"), 5, false));
        assertThat(parse("panne NEAR/5f train")).isEqualTo(new Near(t("panne"), t("train"), 5, true));
        assertThat(parse("panne ONEAR/3 train")).isEqualTo(new Near(t("panne"), t("train"), 3, true));
    }

    @Test
    void nearSidesMayBePhrasesOrOrGroupsAndNearBindsTighterThanNot() throws Exception {
        assertThat(parse("NOT (panne OR retard) NEAR/4 \"service client\"")).isEqualTo(new Not(new Near(
                new Or(List.of(t("panne"), t("retard"))), new Phrase("service client", 0), 4, false)));
    }

    @Test
    void wildcardsHashtagsHandlesAndExactCaseAreRecognised() throws Exception {
        assertThat(parse("tartin*")).isEqualTo(new Wildcard("tartin*"));
        assertThat(parse("c?fe")).isEqualTo(new Wildcard("c?fe"));
        assertThat(parse("#boycott")).isEqualTo(new Hashtag("boycott"));
        assertThat(parse("@marie@piaille.fr")).isEqualTo(new Handle("marie@piaille.fr"));
        assertThat(parse("{BNP}")).isEqualTo(new ExactCase("BNP"));
        assertThat(parse("*")).isEqualTo(new MatchAll());
        assertThat(parse("🔥")).isEqualTo(t("🔥"));
    }

    @Test
    void commentsAreIgnored() throws Exception {
        assertThat(parse("sncf <<< la marque, pas les grèves >>> train")).isEqualTo(
                new And(List.of(t("sncf"), t("train"))));
    }

    @Test
    void fieldsTakeWordsQuotedValuesAndGroups() throws Exception {
        assertThat(parse("language:fr")).isEqualTo(new Field(QueryField.LANG, t("fr")));
        assertThat(parse("lang:(fr OR en)")).isEqualTo(
                new Field(QueryField.LANG, new Or(List.of(t("fr"), t("en")))));
        assertThat(parse("title:\"service client\"")).isEqualTo(
                new Field(QueryField.TITLE, new Phrase("service client", 0)));
        assertThat(parse("author:@SNCF site:blog.example.org")).isEqualTo(new And(List.of(
                new Field(QueryField.AUTHOR, t("@SNCF")), new Field(QueryField.SITE, t("blog.example.org")))));
        assertThat(parse("url:https://example.org/a?b=1")).isEqualTo(
                new Field(QueryField.URL, t("https://example.org/a?b=1")));
        assertThat(parse("url:https://example.org/blog/*")).isEqualTo(
                new Field(QueryField.URL, new Wildcard("https://example.org/blog/*")));
        assertThat(parse("sentiment:negative intent:complaint network:mastodon")).isEqualTo(new And(List.of(
                new Field(QueryField.SENTIMENT, t("negative")), new Field(QueryField.INTENT, t("complaint")),
                new Field(QueryField.NETWORK, t("mastodon")))));
    }

    @Test
    void followersTakeInclusiveExclusiveAndOpenRanges() throws Exception {
        assertThat(parse("followers:[1000 TO *]")).isEqualTo(
                new FieldRange(QueryField.FOLLOWERS, 1000L, true, null, true));
        assertThat(parse("followers:{10 TO 500}")).isEqualTo(
                new FieldRange(QueryField.FOLLOWERS, 10L, false, 500L, false));
        assertThat(parse("followers:[* TO 99}")).isEqualTo(
                new FieldRange(QueryField.FOLLOWERS, null, true, 99L, false));
        assertThat(parse("followers:42")).isEqualTo(new FieldRange(QueryField.FOLLOWERS, 42L, true, 42L, true));
    }

    @Test
    void urlsInTextAreWordsNotFields() throws Exception {
        assertThat(parse("https://example.org/x")).isEqualTo(t("https://example.org/x"));
    }

    @ParameterizedTest(name = "{0} -> {1} at column {2}")
    @CsvSource(delimiter = '|', value = {
            "(a OR b             | unbalanced parenthesis                          | 1",
            "a OR b)             | unbalanced parenthesis                          | 7",
            "sncf (a OR (b)      | unbalanced parenthesis                          | 6",
            "\"service client    | unbalanced quote \"                             | 1",
            "a AND               | dangling operator AND                           | 3",
            "OR b                | dangling operator OR                            | 1",
            "a AND OR b          | dangling operator AND                           | 3",
            "NOT                 | dangling operator NOT                           | 1",
            "a NEAR/3            | dangling operator NEAR/3                        | 3",
            "a -                 | dangling operator -                             | 3",
            "(a AND)             | dangling operator AND                           | 4",
            "sncf ()             | empty group ()                                  | 6",
            "panne AND (         | unbalanced parenthesis                          | 11",
            "(                   | unbalanced parenthesis                          | 1",
            "colour:red          | unknown field 'colour'                          | 1",
            "*cafe               | leading wildcard * is not allowed               | 1",
            "train ?afe          | leading wildcard ? is not allowed               | 7",
            "ca*                 | wildcard needs at least 3 characters before *   | 1",
            "followers:[10 TO x] | bad range: 'x' is not a number                  | 11",
            "followers:[9 TO 1]  | bad range: empty, 9 is above 1                  | 11",
            "followers:[1 5]     | bad range: write [min TO max], * for an open bound | 11",
            "followers:(1)       | bad range: followers: takes a number or [min TO max] | 11",
            "followers:[1 TO 5   | bad range: missing ] or }                       | 11",
            "'   '               | empty query                                     | 1",
            "<<< rien >>>        | empty query                                     | 1",
            "a <<< open          | unclosed comment <<<                            | 3",
            "{BNP                | unbalanced brace {                              | 1",
            "BNP}                | unbalanced brace }                              | 4",
            "a NEAR/x b          | bad NEAR operator NEAR/x (write NEAR/5, NEAR/5f or ONEAR/5) | 3",
            "a NEAR b            | bad NEAR operator NEAR (write NEAR/5, NEAR/5f or ONEAR/5) | 3",
            "(a b) NEAR/2 c      | NEAR sides must be words, phrases or OR groups of them | 1",
            "lang:               | missing value for field lang:                   | 1",
            "lang:french         | unknown lang 'french' (expected a 2-letter code like fr or en) | 6",
            "sentiment:happy     | unknown sentiment 'happy' (expected negative, neutral or positive) | 11",
            "complaint:maybe     | unknown complaint 'maybe' (expected yes or no)  | 11",
            "title:(lang:fr)     | field lang: inside field title:                 | 8",
            "\"a b\"~            | bad proximity: ~ must be followed by a number of words | 6",
            "a - b               | dangling operator -                             | 3",
            "sncf !!!            | nothing to search in '!!!'                      | 6",
            "🔥 (x               | unbalanced parenthesis                          | 3",
    })
    void badQueriesNameTheProblemAndTheColumn(String query, String problem, int column) {
        assertThatThrownBy(() -> parse(query.equals("'   '") ? "   " : query))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.getMessage()).isEqualTo(problem + " at column " + column);
                });
    }

    @Test
    void deepNestingIsRefusedInsteadOfOverflowingTheStack() {
        String deep = "(".repeat(5000) + "a" + ")".repeat(5000);
        assertThatThrownBy(() -> parse(deep)).isInstanceOfSatisfying(QuerySyntaxException.class,
                e -> assertThat(e.column()).isEqualTo(65));
    }

    @Test
    void nullIsAnEmptyQuery() {
        assertThatThrownBy(() -> parse(null)).hasMessage("empty query at column 1");
    }
}
