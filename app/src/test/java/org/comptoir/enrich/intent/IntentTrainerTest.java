package org.comptoir.enrich.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.comptoir.post.Intent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentTrainerTest {
    @TempDir
    Path dir;

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(IntentTrainerTest.class.getResource(name).toURI());
    }

    @Test
    void trainsWritesAndReloadsAModelThatReportsPerLanguageScores() throws Exception {
        Path model = dir.resolve("sub/model.bin");
        IntentReport report = IntentTrainer.trainAndEvaluate(fixture("tiny-intent-dataset.tsv"), model, null);

        assertThat(model).isRegularFile();
        assertThat(report.trainSize() + report.testSize()).isEqualTo(84);
        assertThat(report.testSize()).isEqualTo(24);
        assertThat(report.model()).extracting(IntentScores::group).containsExactly("all", "en", "fr");
        assertThat(report.modelScores("fr").support()).isEqualTo(12);
        // the tiny set is learnable: a model that learnt nothing would score about 1/6 (0.17); this one scores 0.92
        assertThat(report.modelScores("all").macroF1()).isGreaterThan(0.75);
        assertThat(report.rejectedLines()).isEmpty();
        assertThat(report.render()).contains("precision", "recall", "macro-F1", "purchase_intent", "Cue rules alone");

        IntentClassifier reloaded = IntentClassifier.load(model);
        assertThat(reloaded.classify("je résilie mon abonnement, je change de banque", "fr").intent()).isEqualTo(Intent.CHURN_RISK);
        assertThat(reloaded.matchesShippedCues()).isTrue();
    }

    @Test
    void sameInputsGiveTheSameModelBytes() throws Exception {
        Path first = dir.resolve("a.bin");
        Path second = dir.resolve("b.bin");
        IntentTrainer.trainAndEvaluate(fixture("tiny-intent-dataset.tsv"), first, null);
        IntentTrainer.trainAndEvaluate(fixture("tiny-intent-dataset.tsv"), second, null);
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void userCorrectionsOnlyTrainAndBadCorrectionLinesAreReportedWithTheirReason() throws Exception {
        IntentReport report = IntentTrainer.trainAndEvaluate(fixture("tiny-intent-dataset.tsv"), dir.resolve("m.bin"), fixture("corrections.tsv"));
        assertThat(report.extraSize()).isEqualTo(1);
        assertThat(report.testSize()).isEqualTo(24);
        assertThat(report.rejectedLines()).hasSize(2)
                .anyMatch(line -> line.contains("corrections.tsv:2") && line.contains("unknown label 'bogus'"))
                .anyMatch(line -> line.contains("corrections.tsv:3") && line.contains("expected 3 tab-separated fields"));
    }

    @Test
    void aCorruptModelFileIsRefusedWithAReason() throws IOException {
        Path bad = dir.resolve("bad.bin");
        Files.write(bad, new byte[] {1, 2, 3, 4});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IntentClassifier.load(bad)).isInstanceOf(IOException.class);
    }
}
