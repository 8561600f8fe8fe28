package org.comptoir.enrich.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CueMatcherTest {

    static CueHits match(String text) {
        TokenBuffer tokens = IntentTokeniser.newBuffer();
        IntentTokeniser.tokenise(text, tokens);
        CueHits hits = new CueHits();
        CueMatcher.defaultMatcher().match(tokens, hits);
        return hits;
    }

    @ParameterizedTest(name = "{1} fires on \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "je vais résilier mon forfait                 | CANCELLING",
            "I want to cancel my subscription             | CANCELLING",
            "je me casse chez un concurrent               | LEAVING",
            "switching to another bank, bye               | LEAVING",
            "remboursez-moi maintenant                    | REFUND",
            "still waiting for my refund                  | REFUND",
            "encore une panne, inadmissible               | PROBLEM",
            "app keeps crashing, unplayable               | PROBLEM",
            "c'est pas terrible votre service             | NEGATED_PRAISE",
            "honestly not great                           | NEGATED_PRAISE",
            "comment je fais pour changer d'adresse ?     | QUESTION",
            "how do i change my address?                  | QUESTION",
            "dispo quand le coffret ?                     | AVAILABILITY",
            "is the blue one in stock?                    | AVAILABILITY",
            "je veux commander deux pizzas                | BUYING",
            "where can i buy the serum, take my money     | BUYING",
            "merci, service au top                        | PRAISE",
            "thanks, amazing support                      | PRAISE",
            "la marque recrute à Lyon                     | ANNOUNCEMENT",
            "the brand is hiring in Leeds                 | ANNOUNCEMENT"})
    void firesTheExpectedCueFamily(String text, CueFamily family) {
        assertThat(match(text).fired(family)).isTrue();
    }

    @Test
    void negatedPraiseDoesNotCountAsPraise() {
        CueHits hits = match("pas top du tout");
        assertThat(hits.fired(CueFamily.NEGATED_PRAISE)).isTrue();
        assertThat(hits.fired(CueFamily.PRAISE)).isFalse();
    }

    @Test
    void thanksNextToAGrievanceIsSarcasm() {
        assertThat(match("merci pour les 3h d'attente 👏").fired(CueFamily.SARCASM)).isTrue();
        assertThat(match("merci pour votre aide").fired(CueFamily.SARCASM)).isFalse();
    }

    @Test
    void aQuestionNeedsBothAnInterrogativeAndAQuestionMark() {
        assertThat(match("comment vous dire").fired(CueFamily.QUESTION)).isFalse();
        assertThat(match("vraiment ?").fired(CueFamily.QUESTION)).isFalse();
        assertThat(match("pourquoi ?").fired(CueFamily.QUESTION)).isTrue();
    }

    @Test
    void aCancelledTrainIsNotAChurnCue() {
        CueHits hits = match("train cancelled again, third time this week");
        assertThat(hits.fired(CueFamily.CANCELLING)).isFalse();
        assertThat(hits.fired(CueFamily.PROBLEM)).isTrue();
    }
}
