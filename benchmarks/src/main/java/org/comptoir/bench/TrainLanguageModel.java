package org.comptoir.bench;

import java.nio.file.Path;
import java.util.List;
import org.comptoir.enrich.language.LabeledText;
import org.comptoir.enrich.language.LanguageCorpus;
import org.comptoir.enrich.language.LanguageModelTrainer;
import org.comptoir.enrich.language.TrainingOptions;
import org.comptoir.enrich.language.TrainingSummary;

/**
 * Rebuilds the shipped language model: {@code TrainLanguageModel <sentimentDataDir> <outModelFile>}.
 * Trains on the {@code *_train.tsv} files only, with {@link TrainingOptions#defaults()}.
 */
public final class TrainLanguageModel {

    private TrainLanguageModel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: TrainLanguageModel <sentimentDataDir> <outModelFile>");
            System.exit(2);
        }
        List<LabeledText> texts = LanguageCorpus.read(Path.of(args[0]), "train");
        long start = System.nanoTime();
        TrainingSummary summary = LanguageModelTrainer.train(texts, TrainingOptions.defaults(), Path.of(args[1]));
        System.out.printf("read %s; set aside as English %s; %d texts without letters skipped; trained in %.1f s; "
                        + "%s = %d bytes; options %s%n",
                summary.textsPerLanguage(), summary.setAsideAsEnglish(), summary.textsWithoutLetters(), (System.nanoTime() - start) / 1e9,
                args[1], summary.modelBytes(), TrainingOptions.defaults());
    }
}
