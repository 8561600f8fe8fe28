package org.comptoir.enrich.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complaint head trained with the intent model: on small fixtures, never on the shared data. */
class ComplaintDetectionTest {
    @TempDir
    Path dir;

    @Test
    void theComplaintHeadSeparatesGrievancesFromPraiseAndTravelsInTheModelFile() throws Exception {
        Path model = dir.resolve("m.bin");
        IntentReport report = IntentTrainer.trainAndEvaluate(IntentTrainerTest.fixture("tiny-intent-dataset.tsv"), model, null,
                IntentTrainerTest.fixture("tiny-brand-train.tsv"));
        assertThat(report.rejectedLines()).singleElement().asString().contains("tiny-brand-train.tsv:14", "unknown intent 'sad'");
        IntentClassifier reloaded = IntentClassifier.load(model);
        double grievance = reloaded.classify("livraison avec 15 jours de retard, toujours rien", "fr").complaint();
        double praise = reloaded.classify("merci, service au top, rien à dire", "fr").complaint();
        assertThat(grievance).isBetween(0.5, 1.0);
        assertThat(praise).isBetween(0.0, 0.5);
    }

    @Test
    void withTheBrandFileTheModelBytesAreStillReproducible() throws Exception {
        Path first = dir.resolve("a.bin");
        Path second = dir.resolve("b.bin");
        Path brand = IntentTrainerTest.fixture("tiny-brand-train.tsv");
        IntentTrainer.trainAndEvaluate(IntentTrainerTest.fixture("tiny-intent-dataset.tsv"), first, null, brand);
        IntentTrainer.trainAndEvaluate(IntentTrainerTest.fixture("tiny-intent-dataset.tsv"), second, null, brand);
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void plattScalingMapsScoresToTheirObservedFrequency() {
        // score 2 → complaint 9 times in 10; score −2 → complaint 1 time in 10
        double[] scores = new double[20];
        boolean[] complaint = new boolean[20];
        for (int i = 0; i < 10; i++) {
            scores[i] = 2;
            complaint[i] = i < 9;
            scores[10 + i] = -2;
            complaint[10 + i] = i < 1;
        }
        double[] ab = ComplaintTrainer.platt(scores, complaint);
        double high = ComplaintHead.sigmoid(ab[0] * 2 + ab[1]);
        double low = ComplaintHead.sigmoid(ab[0] * -2 + ab[1]);
        // Platt's smoothed targets pull 0.9 / 0.1 slightly towards 0.5
        assertThat(high).isBetween(0.82, 0.9);
        assertThat(low).isBetween(0.1, 0.18);
    }

    @Test
    void aModelWithoutComplaintHeadSaysZero() {
        FeatureSpec spec = new FeatureSpec(10, 3, 5, 0.5f, 2f);
        IntentModel model = new IntentModel(spec, new float[spec.dimension() * IntentModel.INTENTS.length],
                new float[IntentModel.INTENTS.length], 0L, "empty");
        assertThat(model.hasComplaintHead()).isFalse();
        assertThat(model.complaint(new FeatureBuffer())).isZero();
    }
}
