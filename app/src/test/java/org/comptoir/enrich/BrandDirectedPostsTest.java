package org.comptoir.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.comptoir.post.Analysis;
import org.comptoir.post.Intent;
import org.comptoir.post.Sentiment;
import org.junit.jupiter.api.Test;

/**
 * The failures quoted in issue 9, on the shipped models. Close variants of these posts are in the
 * brand-directed training file (the issue named them), so this pins behaviour; it does not measure it —
 * the figures come from the held-out evaluation set in {@code eval/brand-directed/}.
 */
class BrandDirectedPostsTest {
    private final PostAnalyser analyser = PostAnalyser.loadDefault();

    @Test
    void rienADireAfterPraiseIsPraise() {
        Understanding u = analyser.understand("l'éclair au café de la boutique de Nancy, imbattable. rien à dire", "fr");
        assertThat(u.analysis().sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(u.analysis().intent()).isEqualTo(Intent.PRAISE);
        assertThat(u.complaint()).isLessThan(0.5);
    }

    @Test
    void aPoliteQuestionAboutAnOutageIsAQuestionAndAComplaintWithoutBrandOrDomainEvidence() {
        Understanding u = analyser.understand(
                "@MoustiqueMobile@mobile.example petite question : vous avez une panne en cours à Dijon ??? merci d'avance 🙂", "fr");
        Analysis a = u.analysis();
        assertThat(a.intent()).isEqualTo(Intent.QUESTION);
        assertThat(a.sentiment()).isNotEqualTo(Sentiment.POSITIVE);
        assertThat(u.complaint()).isGreaterThanOrEqualTo(0.5);
        assertThat(a.evidence()).contains("panne")
                .noneMatch(e -> e.toLowerCase().contains("mobile") || e.contains("example") || e.contains("Dijon"));
    }

    @Test
    void aLateDeliveryIsANegativeComplaint() {
        Understanding u = analyser.understand("livraison avec 21 jours de retard", "fr");
        assertThat(u.analysis().sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(u.analysis().intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(u.complaint()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void askingHowToCancelIsAChurnRisk() {
        assertThat(analyser.analyse("how do I cancel my subscription?", "en").intent()).isEqualTo(Intent.CHURN_RISK);
        assertThat(analyser.analyse("comment je résilie mon abonnement ?", "fr").intent()).isEqualTo(Intent.CHURN_RISK);
    }

    @Test
    void praiseIsNeverNegativeWithConfidenceAndAComplaintNeverConfidentlyPositive() {
        for (String text : new String[] {"au top comme d'habitude, merci", "toujours rien reçu, encore une fois",
                "Bravo, encore une panne de la box"}) {
            Understanding u = analyser.understand(text, "fr");
            if (u.analysis().intent() == Intent.PRAISE) {
                assertThat(u.analysis().sentiment()).as(text).isNotEqualTo(Sentiment.NEGATIVE);
            }
            if (u.complaint() >= Agreement.SURE_COMPLAINT) {
                assertThat(u.analysis().sentiment()).as(text).isNotEqualTo(Sentiment.POSITIVE);
            }
        }
    }
}
