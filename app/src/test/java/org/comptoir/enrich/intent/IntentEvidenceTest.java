package org.comptoir.enrich.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comptoir.post.Intent;
import org.junit.jupiter.api.Test;

class IntentEvidenceTest {

    private static final List<String> FUNCTION_WORDS = List.of("vous", "avez", "vous avez", "de", "la", "une", "the",
            "on", "is", "(", ")", "?");

    private final IntentClassifier classifier = IntentClassifier.loadDefault();

    @Test
    void aQuestionAboutAnOutageIsExplainedByAReadableQuestionMarkWithoutFunctionWordsOrNames() {
        IntentResult result = classifier.classify("vous avez une panne en cours à Strasbourg ? Moustique Mobile ?", "fr");
        assertThat(result.intent()).isEqualTo(Intent.QUESTION);
        assertThat(result.evidence()).contains("question mark").hasSizeLessThanOrEqualTo(EvidenceCollector.MAX_EVIDENCE)
                .doesNotContainAnyElementsOf(FUNCTION_WORDS).doesNotContain("Strasbourg", "Moustique", "Mobile")
                .noneMatch(e -> e.startsWith("rule:"));
    }

    @Test
    void aRepeatedOutageIsExplainedByTheOutageWordAndNoWordPairThatMerelyContainsIt() {
        IntentResult result = classifier.classify("Encore une panne de la box #boycott", "fr");
        assertThat(result.intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(result.evidence()).contains("panne").doesNotContainAnyElementsOf(FUNCTION_WORDS)
                .doesNotContain("la box", "panne de", "box #boycott", "rule:problem");
    }

    @Test
    void brandNamesInMidSentenceAreNeverShown() {
        IntentResult result = classifier.classify("the pain au chocolat is back on the menu (Fournil Dupain)", "en");
        assertThat(result.evidence()).doesNotContain("Fournil", "Dupain", "Fournil Dupain")
                .doesNotContainAnyElementsOf(FUNCTION_WORDS);
    }

    @Test
    void cancellingIsShownByTheWordAsWritten() {
        IntentResult result = classifier.classify("je vais résilier mon abonnement, marre", "fr");
        assertThat(result.intent()).isEqualTo(Intent.CHURN_RISK);
        assertThat(result.evidence()).contains("résilier").noneMatch(e -> e.startsWith("rule:"));
    }

    @Test
    void sarcasmIsNamedReadably() {
        IntentResult result = classifier.classify("Bravo, encore une panne !", "fr");
        assertThat(result.intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(result.evidence()).contains("sarcasm", "panne");
    }

    @Test
    void aNegatedPraiseIsShownWithItsNegator() {
        IntentResult result = classifier.classify("franchement le service client c'est pas terrible", "fr");
        assertThat(result.intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(result.evidence()).contains("pas terrible");
    }
}
