package org.comptoir.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageModelTrainerTest {
    @TempDir
    Path temp;

    private static Path tinyDataSet() throws URISyntaxException {
        return Path.of(LanguageModelTrainerTest.class.getResource("tiny").toURI());
    }

    @Test
    void trainedModelRoundTripsThroughItsFileAndDetectsTheTrainingLanguages() throws Exception {
        Path model = temp.resolve("model.bin");
        LanguageModelTrainer.train(tinyDataSet(), model);
        LanguageDetector detector = LanguageDetector.load(model);

        assertThat(detector.languages()).containsExactly("de", "en", "fr");
        assertThat(detector.detect("je suis content de ce café, merci beaucoup")).isEqualTo("fr");
        assertThat(detector.detect("thank you, I am happy with this coffee")).isEqualTo("en");
        assertThat(detector.detect("vielen Dank, ich bin sehr zufrieden mit dem Café")).isEqualTo("de");
        assertThat(detector.detect("")).isEqualTo("und");
    }

    @Test
    void trainingTwiceOnTheSameFilesWritesTheSameBytes() throws Exception {
        Path first = temp.resolve("first.bin");
        Path second = temp.resolve("second.bin");
        LanguageModelTrainer.train(tinyDataSet(), first);
        LanguageModelTrainer.train(tinyDataSet(), second);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void trainsOnlyOnTrainFilesAndReportsWhatItLearntFrom() throws Exception {
        Path model = temp.resolve("model.bin");
        TrainingSummary summary = LanguageModelTrainer.train(
                LanguageCorpus.read(tinyDataSet(), "train"), TrainingOptions.defaults(), model);
        assertThat(summary.textsPerLanguage()).containsEntry("de", 10).containsEntry("en", 10).containsEntry("fr", 10);
        assertThat(summary.textsWithoutLetters()).isZero();
        assertThat(summary.modelBytes()).isEqualTo(Files.size(model)).isPositive();
    }

    @Test
    void rejectsALineWithoutATabWithItsFileAndLineNumber() throws IOException {
        Files.writeString(temp.resolve("bad_fr_train.tsv"), "positive\tbonjour\nno tab here\n");
        assertThatThrownBy(() -> LanguageCorpus.read(temp, "train"))
                .isInstanceOf(IOException.class).hasMessageContaining("bad_fr_train.tsv:2");
    }

    @Test
    void rejectsAFileThatIsNotALanguageModel() {
        byte[] junk = {1, 2, 3, 4, 5, 6, 7, 8};
        assertThatThrownBy(() -> LanguageModel.read(new ByteArrayInputStream(junk)))
                .isInstanceOf(IOException.class).hasMessageContaining("bad magic");
    }

    @Test
    void rejectsAModelOfAnotherFormatVersion() {
        byte[] header = {0x43, 0x4C, 0x4E, 0x47, 0, 0, 0, 99};
        assertThatThrownBy(() -> LanguageModel.read(new ByteArrayInputStream(header)))
                .isInstanceOf(IOException.class).hasMessageContaining("version 99");
    }
}
