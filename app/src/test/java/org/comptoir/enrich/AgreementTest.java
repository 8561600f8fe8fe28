package org.comptoir.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comptoir.enrich.intent.IntentResult;
import org.comptoir.enrich.sentiment.SentimentResult;
import org.comptoir.post.Intent;
import org.comptoir.post.Sentiment;
import org.junit.jupiter.api.Test;

/** The rules joining sentiment, intent and complaint, on hand-written model outputs (no model loaded). */
class AgreementTest {

    @Test
    void clearlyNegativePraiseBecomesAComplaint() {
        Agreement.Joined j = Agreement.join(new SentimentResult(Sentiment.NEGATIVE, 0.8, List.of("ne … plus")),
                new IntentResult(Intent.PRAISE, 0.6, List.of("recommande"), 0.3));
        assertThat(j.intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(j.intentEvidence()).containsExactly(Agreement.NEGATIVE_PRAISE);
        assertThat(j.sentiment()).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void weaklyNegativePraiseStaysPraise() {
        Agreement.Joined j = Agreement.join(new SentimentResult(Sentiment.NEGATIVE, 0.45, List.of("rien")),
                new IntentResult(Intent.PRAISE, 0.9, List.of("imbattable"), 0.1));
        assertThat(j.intent()).isEqualTo(Intent.PRAISE);
    }

    @Test
    void aSureComplaintIsNeverPositive() {
        Agreement.Joined j = Agreement.join(new SentimentResult(Sentiment.POSITIVE, 0.7, List.of("bravo")),
                new IntentResult(Intent.COMPLAINT, 0.8, List.of("panne"), 0.93));
        assertThat(j.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(j.confidence()).isEqualTo(0.93);
        assertThat(j.sentimentEvidence()).containsExactly(Agreement.COMPLAINT_NOT_POSITIVE);
        assertThat(j.intentEvidence()).containsExactly("panne");
    }

    @Test
    void anUnsureComplaintLeavesThePositiveToneAlone() {
        Agreement.Joined j = Agreement.join(new SentimentResult(Sentiment.POSITIVE, 0.7, List.of("top")),
                new IntentResult(Intent.QUESTION, 0.8, List.of("question mark"), 0.6));
        assertThat(j.sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(j.sentimentEvidence()).containsExactly("top");
    }

    @Test
    void aSureComplaintDoesNotTouchANeutralOrNegativeTone() {
        Agreement.Joined neutral = Agreement.join(new SentimentResult(Sentiment.NEUTRAL, 0.5, List.of()),
                new IntentResult(Intent.QUESTION, 0.8, List.of(), 0.95));
        assertThat(neutral.sentiment()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(neutral.confidence()).isEqualTo(0.5);
    }

    @Test
    void theSureComplaintThresholdIsInclusiveAndBelowItThePositiveToneStays() {
        Agreement.Joined atThreshold = Agreement.join(new SentimentResult(Sentiment.POSITIVE, 0.6, List.of("super")),
                new IntentResult(Intent.COMPLAINT, 0.7, List.of("retard"), Agreement.SURE_COMPLAINT));
        assertThat(atThreshold.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        Agreement.Joined below = Agreement.join(new SentimentResult(Sentiment.POSITIVE, 0.6, List.of("super")),
                new IntentResult(Intent.COMPLAINT, 0.7, List.of("retard"), Agreement.SURE_COMPLAINT - 0.01));
        assertThat(below.sentiment()).isEqualTo(Sentiment.POSITIVE);
    }
}
