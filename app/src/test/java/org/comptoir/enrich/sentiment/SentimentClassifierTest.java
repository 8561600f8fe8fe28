package org.comptoir.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.comptoir.post.Sentiment;
import org.junit.jupiter.api.Test;

class SentimentClassifierTest {

    private final SentimentClassifier classifier = SentimentClassifier.loadDefault();

    @Test
    void findsAFrenchComplaintNegativeAndExplainsItWithItsWords() {
        SentimentResult result = classifier.classify("Encore une panne 😡 je ne recommande plus", "fr");
        assertThat(result.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(result.evidence()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(result.evidence()).containsAnyOf("panne", "😡");
        assertThat(result.confidence()).isBetween(1.0 / 3, 1.0);
    }

    @Test
    void findsFrenchPraisePositive() {
        SentimentResult result = classifier.classify("J'adore cette appli, merci beaucoup !! 😍", "fr");
        assertThat(result.sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(result.evidence()).containsAnyOf("adore", "😍", "merci");
    }

    @Test
    void findsObviousEnglishPostsPolarity() {
        assertThat(classifier.classify("I love this phone, best purchase ever :)", "en").sentiment())
                .isEqualTo(Sentiment.POSITIVE);
        SentimentResult bad = classifier.classify("Worst customer service ever. Terrible, I hate it", "en");
        assertThat(bad.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(bad.evidence()).containsAnyOf("Worst", "Terrible", "hate");
    }

    @Test
    void showsANegatedWordWithItsCue() {
        SentimentResult result = classifier.classify("This is not good at all", "en");
        assertThat(result.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(result.evidence()).anyMatch(e -> e.startsWith("not"));
    }

    @Test
    void worksWithoutALanguage() {
        assertThat(classifier.classify("Service client horrible, je suis furieux 😡", "und").sentiment())
                .isEqualTo(Sentiment.NEGATIVE);
        assertThat(classifier.classify("Merci, c'est génial !", null).sentiment()).isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void callsEmptyTextNeutralWithoutEvidence() {
        assertThat(classifier.classify("", "fr")).isEqualTo(new SentimentResult(Sentiment.NEUTRAL, 1.0, java.util.List.of()));
        assertThat(classifier.classify(null, "fr").sentiment()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(classifier.classify("   ", "fr").evidence()).isEmpty();
    }

    @Test
    void survivesOddInput() {
        String odd = "\uD83D\uD83D \\u12 &#99999999; " + "a".repeat(50_000) + " \u0000";
        SentimentResult result = classifier.classify(odd, "zz");
        assertThat(result.sentiment()).as("junk carries no opinion").isEqualTo(Sentiment.NEUTRAL);
        assertThat(result.evidence()).isEmpty();
        assertThat(classifier.classify(odd + " merci, c'est parfait, génial", "fr").sentiment())
                .as("junk does not hide the words after it").isEqualTo(Sentiment.POSITIVE);
    }
}
