package org.comptoir.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.comptoir.post.Sentiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IronyTest {

    private final SentimentClassifier classifier = SentimentClassifier.loadDefault();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Merci pour rien @Banque, toujours pas de remboursement | fr | ironie : Merci pour rien",
        "Bravo, encore une panne ! | fr | ironie : Bravo, encore une panne",
        "Génial, 2h d'attente au téléphone | fr | ironie : Génial, 2h d'attente",
        "Super, encore un retard de 40 minutes... | fr | ironie : Super",
        "merci pour les 3h d'attente | fr | ironie : merci pour les 3h d'attente",
        "3h d'attente au guichet 👏 | fr | ironie : attente au guichet 👏",
        "Bravo pour la panne d'hier, génial lol | fr | ironie : Bravo",
        "Thanks for nothing @Airline | en | irony: Thanks for nothing",
        "Great job, another outage | en | irony: Great job, another outage",
        "great, the app crashed again lol | en | irony: great",
        "Wow, perfect, my flight is delayed again | en | irony: perfect",
    })
    void sarcasmComesOutNegativeWithTheIronyShownFirst(String text, String lang, String label) {
        SentimentResult result = classifier.classify(text, lang);
        assertThat(result.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(result.evidence()).isNotEmpty().hasSizeLessThanOrEqualTo(Explanation.MAX_EVIDENCE);
        assertThat(result.evidence().get(0)).startsWith(label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Super service, merci beaucoup | fr",
        "Merci pour la réparation rapide de la panne, bravo | fr",
        "Bravo à l'équipe, la panne est réparée en une heure | fr",
        "Merci pour votre patience pendant la panne | fr",
        "Livraison sans retard, génial | fr",
        "Great job team, the outage was fixed in minutes | en",
        "I love this phone, great job | en",
        "Great camera but the battery is late to charge | en",
    })
    void sincerePraiseIsNotTakenForIrony(String text, String lang) {
        SentimentResult result = classifier.classify(text, lang);
        assertThat(result.evidence()).noneMatch(e -> e.startsWith("ironie") || e.startsWith("irony"));
    }

    @Test
    void sincerePraiseStaysPositive() {
        assertThat(classifier.classify("Super service, merci beaucoup", "fr").sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(classifier.classify("I love this phone, great job team", "en").sentiment()).isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void ironyLabelFollowsThePraiseLanguageWhenTheLanguageIsUnknown() {
        assertThat(classifier.classify("Merci pour rien", "und").evidence()).first().isEqualTo("ironie : Merci pour rien");
        assertThat(classifier.classify("Thanks for nothing", "und").evidence()).first().isEqualTo("irony: Thanks for nothing");
    }

    @Test
    void hostileInputNeverThrowsNorInventsIrony() {
        String[] hostile = {"\uD83D\uDC4F".repeat(3000), "bravo ".repeat(5000) + "panne", "merci pour",
            "merci pour \uD800 rien", "\u0000bravo\u0000panne", "👏", "thanks for", "again again again 👏 👏", "…".repeat(4000)};
        for (String text : hostile) {
            SentimentResult result = classifier.classify(text, "fr");
            assertThat(result.sentiment()).isNotNull();
            assertThat(result.confidence()).isBetween(0.0, 1.0);
            assertThat(result.evidence()).hasSizeLessThanOrEqualTo(Explanation.MAX_EVIDENCE)
                    .noneMatch(e -> e.startsWith("unclassifiable"));
        }
        assertThat(classifier.classify("👏", "fr").evidence()).noneMatch(e -> e.startsWith("ironie"));
    }
}
