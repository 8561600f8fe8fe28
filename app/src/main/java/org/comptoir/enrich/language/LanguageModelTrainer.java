package org.comptoir.enrich.language;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Trains the language model from the sentiment data set's {@code *_train.tsv} files (the language is
 * taken from each file name) and writes it in the {@link LanguageModel} binary format. Deterministic:
 * the same files and options always give the same bytes.
 */
public final class LanguageModelTrainer {

    private LanguageModelTrainer() {
    }

    /** Trains on every {@code *_<lang>_train.tsv} of {@code sentimentDataDir} with the default options. */
    public static void train(Path sentimentDataDir, Path outModelFile) throws IOException {
        train(LanguageCorpus.read(sentimentDataDir, "train"), TrainingOptions.defaults(), outModelFile);
    }

    /** Trains on the given texts and writes the model to {@code outModelFile}. */
    public static TrainingSummary train(List<LabeledText> texts, TrainingOptions options, Path outModelFile)
            throws IOException {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no training text given");
        }
        List<LabeledText> setAside = new ArrayList<>();
        List<LabeledText> kept = options.setAsideEnglish() ? EnglishLeakFilter.keep(texts, setAside) : texts;
        SortedMap<String, Integer> read = new TreeMap<>();
        texts.forEach(t -> read.merge(t.language(), 1, Integer::sum));
        SortedMap<String, Integer> aside = new TreeMap<>();
        setAside.forEach(t -> aside.merge(t.language(), 1, Integer::sum));
        SoftmaxTrainer trainer = new SoftmaxTrainer(kept, options);
        LanguageModel model = trainer.fit(kept);
        Path parent = outModelFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(outModelFile))) {
            model.write(out);
        }
        return new TrainingSummary(read, aside, trainer.textsWithoutLetters(), Files.size(outModelFile));
    }
}
