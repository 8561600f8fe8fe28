package org.comptoir.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comptoir.post.Sentiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentimentEvidenceTest {

    private static final List<String> JUNK = List.of("de", "la", "une", "vous", "avez", "the", "on", "is", "(", ")",
            "?", ",", "en", "à", "la box", "panne de", "box #boycott", "vous avez");

    private final SentimentClassifier classifier = SentimentClassifier.loadDefault();

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "und"})
    void aNeutralMenuPostShowsNoBrandNoPunctuationAndNoFunctionWord(String lang) {
        SentimentResult result = classifier.classify("the pain au chocolat is back on the menu (Fournil Dupain)", lang);
        assertThat(result.evidence()).doesNotContainAnyElementsOf(JUNK).doesNotContain("Fournil", "Dupain");
        if (result.sentiment() == Sentiment.NEUTRAL) {
            assertThat(result.evidence()).as("a neutral decision has no reasons to show").isEmpty();
        }
    }

    @Test
    void anOutageQuestionIsNegativeBecauseOfTheOutageAndNotOfTheTownOrTheBrand() {
        SentimentResult result = classifier.classify("vous avez une panne en cours à Strasbourg ? Moustique Mobile ?", "fr");
        assertThat(result.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(result.evidence()).contains("panne").doesNotContainAnyElementsOf(JUNK)
                .doesNotContain("Strasbourg", "Moustique", "Mobile");
    }

    @Test
    void aRepeatedOutageShowsTheOutageWithoutFunctionWordsOrLooseWordPairs() {
        SentimentResult result = classifier.classify("Encore une panne de la box #boycott", "fr");
        assertThat(result.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(result.evidence()).contains("panne").doesNotContainAnyElementsOf(JUNK);
    }

    @Test
    void evidenceNeverShowsNumbersHandlesOrPlainPunctuationButKeepsEmphasis() {
        SentimentResult result = classifier.classify("@Fibrelo 3 jours de coupure, service nul, je suis furieux !!! 😡", "fr");
        assertThat(result.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(result.evidence()).hasSizeLessThanOrEqualTo(Explanation.MAX_EVIDENCE)
                .doesNotContain("@Fibrelo", "3", ",", "c'", "est").containsAnyOf("nul", "furieux", "😡", "!!!");
    }

    @Test
    void aNegationIsShownAsAPhraseNotAsItsLooseParts() {
        SentimentResult result = classifier.classify("This is not good at all", "en");
        assertThat(result.evidence()).contains("not good").doesNotContain("This", "is", "not … at", "at");
    }

    @Test
    void wordsThatPushedAgainstTheDecisionAreNotShown() {
        SentimentResult result = classifier.classify("Le service est lent mais le personnel est génial", "fr");
        List<String> shown = result.evidence();
        if (result.sentiment() == Sentiment.POSITIVE) {
            assertThat(shown).doesNotContain("lent");
        } else {
            assertThat(shown).doesNotContain("génial");
        }
    }
}
