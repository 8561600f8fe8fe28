package org.comptoir.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.comptoir.post.Sentiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentimentTrainerTest {

    @TempDir
    Path temp;

    private static Path corpus() throws URISyntaxException {
        return Path.of(SentimentTrainerTest.class.getResource("tiny-corpus").toURI());
    }

    private static TrainingOptions small() {
        return TrainingOptions.defaults().withFeatures(new FeatureConfig(16, 2, 4, true, false));
    }

    @Test
    void trainsAModelThatLoadsAndRecognisesItsTrainingPosts() throws Exception {
        Path model = temp.resolve("model.bin");
        TrainingReport report = SentimentTrainer.train(corpus(), model, null, small());
        assertThat(report.posts()).isEqualTo(14);
        assertThat(report.postsPerLanguage()).containsEntry("fr", 14);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.skippedReasons()).singleElement().asString().contains("demo_fr_train.tsv:16", "no tab");
        assertThat(report.notes()).anyMatch(n -> n.contains("left out 1 posts"));
        assertThat(report.notes()).anyMatch(n -> n.contains("no lexicon folder"));
        assertThat(report.modelBytes()).isEqualTo(Files.size(model));

        SentimentClassifier classifier = SentimentClassifier.load(model);
        assertThat(classifier.classify("Service client horrible 😡", "fr").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(classifier.classify("Super service, bravo à l'équipe 😀", "fr").sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(classifier.classify("Le train part de la gare de Lyon", "fr").sentiment()).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void trainsTheSameBytesTwiceAndLearnsFromCorrections() throws Exception {
        Path first = temp.resolve("a.bin");
        Path second = temp.resolve("b.bin");
        SentimentTrainer.train(corpus(), first, null, small());
        SentimentTrainer.train(corpus(), second, null, small());
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));

        Path corrections = temp.resolve("corrections.tsv");
        Files.writeString(corrections, "negative\tquelle lenteur zorglub\tfr\nnegative\tzorglub encore zorglub\n"
                + "not-a-label\tignored\n");
        Path corrected = temp.resolve("c.bin");
        TrainingReport report = SentimentTrainer.train(corpus(), corrected, corrections, small());
        assertThat(report.posts()).isEqualTo(16);
        assertThat(report.postsPerLanguage()).containsEntry("und", 1);
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(SentimentClassifier.load(corrected).classify("zorglub", "fr").sentiment())
                .isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void refusesAFolderWithoutTrainingFiles() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SentimentTrainer.train(temp, temp.resolve("m.bin"), null))
                .isInstanceOf(IOException.class).hasMessageContaining("no labelled posts");
    }

    @Test
    void rejectsAFileThatIsNotAModel() throws IOException {
        Path junk = Files.writeString(temp.resolve("junk.bin"), "hello");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SentimentClassifier.load(junk))
                .isInstanceOf(IOException.class).hasMessageContaining("not a Comptoir sentiment model");
    }
}
