package org.comptoir.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.comptoir.enrich.text.SocialTokenizer;
import org.comptoir.post.Sentiment;
import org.junit.jupiter.api.Test;

class SentimentEvaluationTest {

    /** A hand-made model: "good" is positive, "bad" negative, anything else neutral. */
    private static SentimentClassifier goodBadModel() {
        FeatureConfig config = new FeatureConfig(16, 0, 0, false, false);
        Lexicon lexicon = new Lexicon();
        FeatureExtractor extractor = new FeatureExtractor(config, lexicon);
        SocialTokenizer tokenizer = new SocialTokenizer();
        float[] weights = new float[SentimentModel.CLASSES << config.bits()];
        FeatureBuffer empty = new FeatureBuffer();
        extractor.extract(List.of(), "und", empty);
        weights[empty.buckets[0] * 3 + Sentiment.NEUTRAL.ordinal()] = 0.1f;
        setWord(extractor, tokenizer, "good", Sentiment.POSITIVE, weights, empty);
        setWord(extractor, tokenizer, "bad", Sentiment.NEGATIVE, weights, empty);
        return new SentimentClassifier(new SentimentModel(config, lexicon, weights));
    }

    private static void setWord(FeatureExtractor extractor, SocialTokenizer tokenizer, String word, Sentiment s,
                                float[] weights, FeatureBuffer empty) {
        FeatureBuffer features = new FeatureBuffer();
        extractor.extract(tokenizer.tokenize(word, "und"), "und", features);
        for (int k = 0; k < features.size; k++) {
            boolean shared = false;
            for (int e = 0; e < empty.size; e++) {
                shared |= empty.buckets[e] == features.buckets[k];
            }
            if (!shared) {
                weights[features.buckets[k] * 3 + s.ordinal()] = 1f;
            }
        }
    }

    @Test
    void scoresATinyFileAsComputedByHand() throws Exception {
        Path file = Path.of(getClass().getResource("tiny-eval.tsv").toURI());
        EvaluationReport report = SentimentEvaluation.evaluate(goodBadModel(), file, "und");
        // gold negative: bad->negative, "nothing here"->neutral; gold neutral: nothing->neutral, good->positive;
        // gold positive: good, good good->positive, bad->negative
        assertThat(report.confusion()).isDeepEqualTo(new int[][] {{1, 1, 0}, {0, 1, 1}, {1, 0, 2}});
        assertThat(report.n()).isEqualTo(7);
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.skippedReasons()).hasSize(2);
        // recalls 1/2, 1/2, 2/3; precisions 1/2, 1/2, 2/3; accuracy 4/7
        assertThat(report.macroRecall()).isCloseTo(5.0 / 9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.macroF1()).isCloseTo(5.0 / 9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.summaryLine()).isEqualTo("macro_recall=0.556 macro_f1=0.556 accuracy=0.571 n=7");
        assertThat(report.confusionMatrix()).contains("gold\\predicted").contains("negative").contains("positive");
        assertThat(report.confusionMatrix().lines().skip(3).findFirst().orElseThrow())
                .matches("positive\\s+1\\s+0\\s+2");
    }

    @Test
    void givesZeroF1ToAClassNeverPredicted() {
        EvaluationReport report = new EvaluationReport(new int[][] {{0, 2, 0}, {0, 2, 0}, {0, 0, 2}}, 0, List.of());
        // F1: negative 0, neutral p=1/2 r=1 -> 2/3, positive 1 ; recall: 0, 1, 1
        assertThat(report.macroF1()).isCloseTo((0 + 2.0 / 3 + 1) / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.macroRecall()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.summaryLine()).isEqualTo("macro_recall=0.667 macro_f1=0.556 accuracy=0.667 n=6");
    }
}
