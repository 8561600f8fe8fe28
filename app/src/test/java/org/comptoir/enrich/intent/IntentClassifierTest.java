package org.comptoir.enrich.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.comptoir.post.Intent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentClassifierTest {
    private final IntentClassifier classifier = IntentClassifier.loadDefault();

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', value = {
            "@Fibrelo je résilie mon abonnement, je pars chez un concurrent          | fr | CHURN_RISK",
            "@Skylink cancel my subscription, I'm switching to a competitor          | en | CHURN_RISK",
            "comment je fais pour changer mon adresse de livraison ?                 | fr | QUESTION",
            "how do I change my delivery address?                                    | en | QUESTION",
            "je veux commander le coffret, il est dispo quand ?                      | fr | PURCHASE_INTENT",
            "is the blue hoodie back in stock? want to buy it                        | en | PURCHASE_INTENT",
            "merci pour votre accueil, service au top, bravo à l'équipe              | fr | PRAISE",
            "thank you, amazing support and super fast delivery, well done           | en | PRAISE",
            "colis jamais reçu, service client injoignable, toujours pas remboursé   | fr | COMPLAINT",
            "my parcel never arrived and support is useless, still no refund        | en | COMPLAINT"})
    void classifiesClearPostsOfEveryIntent(String text, String lang, Intent expected) {
        assertThat(classifier.classify(text, lang).intent()).isEqualTo(expected);
    }

    @Test
    void explainsAChurnDecisionWithTheCueWordAsWrittenAndNoRuleId() {
        IntentResult result = classifier.classify("Je vais RÉSILIER mon forfait Ondalis demain", "fr");
        assertThat(result.intent()).isEqualTo(Intent.CHURN_RISK);
        assertThat(result.evidence()).contains("RÉSILIER").noneMatch(e -> e.startsWith("rule:"));
        assertThat(result.confidence()).isBetween(1.0 / 6, 1.0);
    }

    @Test
    void explainsAQuestionWithTheInterrogativeAndAReadableQuestionMark() {
        IntentResult result = classifier.classify("Pourquoi ma facture a augmenté ?", "fr");
        assertThat(result.intent()).isEqualTo(Intent.QUESTION);
        assertThat(result.evidence()).contains("Pourquoi", "question mark").doesNotContain("?");
    }

    @Test
    void evidenceOfAPlainTextIsShortAndHasNoFunctionWord() {
        IntentResult result = classifier.classify("bonjour tout le monde", "fr");
        assertThat(result.evidence()).hasSizeLessThanOrEqualTo(EvidenceCollector.MAX_EVIDENCE)
                .doesNotContain("tout", "le", "tout le", "le monde");
    }

    @Test
    void emptyOrMissingTextIsOtherWithAReason() {
        assertThat(classifier.classify("", "fr")).isEqualTo(new IntentResult(Intent.OTHER, 1, List.of(IntentClassifier.NOTE_EMPTY)));
        assertThat(classifier.classify(null, null).intent()).isEqualTo(Intent.OTHER);
        assertThat(classifier.classify("  ,;: \n\t", "en").evidence()).containsExactly(IntentClassifier.NOTE_EMPTY);
    }

    @Test
    void aOneMegabyteLineIsClassifiedFromItsStartAndFlaggedAsTruncated() {
        String huge = "je résilie mon abonnement " + "x".repeat(1 << 20);
        IntentResult result = classifier.classify(huge, "fr");
        assertThat(result.intent()).isEqualTo(Intent.CHURN_RISK);
        assertThat(result.evidence()).contains(IntentClassifier.NOTE_TRUNCATED);
    }

    @Test
    void hostileCharactersNeverThrow() {
        List<String> hostile = List.of("\u0000\u0001\u0002", "\uD800", "\uDC00\uD800?", "a\uD83D", "😀".repeat(5000),
                "?!".repeat(10_000), "'".repeat(3000), "l'".repeat(3000), "@".repeat(3000), "http://" + "a".repeat(5000),
                "\u202E\u200D\uFE0F\u0301", "é".repeat(1999) + "\uD83D\uDE00");
        for (String text : hostile) {
            IntentResult result = classifier.classify(text, "xx");
            // classify() catches its own failures and answers "note:not-classified:…": that must never happen
            assertThat(result.evidence()).as(text).noneMatch(e -> e.startsWith("note:not-classified"));
            assertThat(result.complaint()).as(text).isBetween(0.0, 1.0);
        }
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<String> texts = List.of("je résilie", "merci beaucoup", "comment faire ?", "in stock?", "encore en panne", "hello");
        List<IntentResult> expected = texts.stream().map(t -> classifier.classify(t, "fr")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int r = 0; r < 8; r++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 2000; i++) {
                        int k = i % texts.size();
                        if (!classifier.classify(texts.get(k), "fr").equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theShippedModelWasTrainedWithTheShippedCueRules() {
        assertThat(classifier.matchesShippedCues())
                .as("intent-cues.txt changed since intent-model.bin was trained; rebuild it with TrainIntentModel (%s)", classifier.provenance())
                .isTrue();
    }
}
