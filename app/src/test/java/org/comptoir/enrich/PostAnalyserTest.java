package org.comptoir.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.comptoir.post.Analysis;
import org.comptoir.post.Intent;
import org.comptoir.post.Sentiment;
import org.junit.jupiter.api.Test;

class PostAnalyserTest {
    private final PostAnalyser analyser = PostAnalyser.loadDefault();

    @Test
    void theDeclaredLanguageWinsWhenItIsAPlausibleCode() {
        assertThat(analyser.analyse("Great coffee", "fr-FR").lang()).isEqualTo("fr");
        assertThat(analyser.analyse("Great coffee, I love this place", "und").lang()).isEqualTo("en");
        assertThat(analyser.analyse("Great coffee, I love this place", "??").lang()).isEqualTo("en");
    }

    @Test
    void praiseWordsInAClearlyNegativePostAreAComplaint() {
        Analysis analysis = analyser.analyse("Encore une panne 😡 je ne recommande plus", null);
        assertThat(analysis.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(analysis.intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(analysis.evidence()).contains("panne");
    }

    @Test
    void theComplaintProbabilityTravelsWithTheAnalysis() {
        Understanding read = analyser.understand("livraison avec 21 jours de retard, toujours rien", null);
        Analysis analysis = read.analysis();
        assertThat(analysis.complaint()).isCloseTo(read.complaint(), org.assertj.core.data.Offset.offset(0.0005));
        assertThat(analysis.flaggedAsComplaint()).isEqualTo(read.complaint() >= Analysis.COMPLAINT_THRESHOLD);
        assertThat(analysis.correctedTo(Sentiment.NEUTRAL, null).complaint()).as("a correction keeps it").isEqualTo(analysis.complaint());
    }

    @Test
    void emptyTextIsUndeterminedNeutralOther() {
        Analysis analysis = analyser.analyse("", null);
        assertThat(analysis.lang()).isEqualTo("und");
        assertThat(analysis.sentiment()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(analysis.intent()).isEqualTo(Intent.OTHER);
    }

    @Test
    void veryLongTextIsAnalysedOnItsBeginning() {
        Analysis analysis = analyser.analyse("Service client catastrophique, 3h d'attente. ".repeat(5_000), null);
        assertThat(analysis.lang()).isEqualTo("fr");
        assertThat(analysis.sentiment()).isEqualTo(Sentiment.NEGATIVE);
    }
}
