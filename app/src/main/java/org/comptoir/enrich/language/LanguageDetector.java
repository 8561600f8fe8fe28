package org.comptoir.enrich.language;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Detects the language of short social text (fr, en, es, de, it, pt, ar, hi in the shipped model).
 * Script rules first (mostly Arabic letters: {@code ar}; mostly Devanagari: {@code hi}; mostly another
 * script: {@code und}), then a linear model over hashed character n-grams and words. Answers
 * {@code und} for text with too few letters or whose best probability is below the model's threshold.
 * Thread-safe: the model is immutable and scratch buffers are per thread.
 */
public final class LanguageDetector {
    static final String RESOURCE = "language-model.bin";
    private static final double SCRIPT_MAJORITY = 0.5;

    private final LanguageModel model;
    private final int arabic;
    private final int hindi;
    private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);

    LanguageDetector(LanguageModel model) {
        this.model = model;
        this.arabic = indexOf(model, "ar");
        this.hindi = indexOf(model, "hi");
    }

    /** The shipped model, read once from the classpath and shared. */
    public static LanguageDetector loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    /** Reads a model written by {@link LanguageModelTrainer}. */
    public static LanguageDetector load(Path modelFile) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(modelFile))) {
            return new LanguageDetector(LanguageModel.read(in));
        }
    }

    /** ISO 639-1 code of the text's language, or {@code "und"}. Never throws. */
    public String detect(CharSequence text) {
        return guess(text).lang();
    }

    /** Best language and its probability; {@code und} when unsure. Never throws; null gives {@code und}. */
    public LanguageGuess guess(CharSequence text) {
        if (text == null || text.length() == 0) {
            return LanguageGuess.undetermined(0.0);
        }
        try {
            return score(text);
        } catch (RuntimeException unexpected) {
            // A misbehaving CharSequence implementation must not break enrichment: answer "unsure".
            return LanguageGuess.undetermined(0.0);
        }
    }

    private LanguageGuess score(CharSequence text) {
        Workspace ws = workspaces.get();
        int len = TextNormalizer.normalize(text, ws);
        if (ws.letters < model.minLetters) {
            return LanguageGuess.undetermined(0.0);
        }
        LanguageGuess byScript = byScript(ws);
        if (byScript != null) {
            return byScript;
        }
        int[] features = ws.features(FeatureHasher.capacity(len, model.maxOrder));
        int count = FeatureHasher.extract(ws.text, len, model.maxOrder, model.hashBits, features);
        int width = model.languages.length;
        int[] sums = ws.sums(width);
        model.accumulate(features, count, sums);
        return best(sums, width);
    }

    /** Languages this detector can answer, besides {@code und}. */
    public List<String> languages() {
        return List.of(model.languages);
    }

    private LanguageGuess byScript(Workspace ws) {
        double letters = ws.letters;
        if (ws.arabic > SCRIPT_MAJORITY * letters) {
            return arabic >= 0 ? new LanguageGuess("ar", ws.arabic / letters) : LanguageGuess.undetermined(0.0);
        }
        if (ws.devanagari > SCRIPT_MAJORITY * letters) {
            return hindi >= 0 ? new LanguageGuess("hi", ws.devanagari / letters) : LanguageGuess.undetermined(0.0);
        }
        if (ws.otherScript > SCRIPT_MAJORITY * letters) {
            return LanguageGuess.undetermined(0.0);
        }
        return null;
    }

    static final double ROMANISED_HINDI_MIN = 0.75;

    private LanguageGuess best(int[] sums, int width) {
        int top = 0;
        double topScore = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < width; l++) {
            double score = model.bias[l] + model.scale * sums[l];
            if (score > topScore) {
                topScore = score;
                top = l;
            }
        }
        double total = 0.0;
        for (int l = 0; l < width; l++) {
            total += Math.exp(model.bias[l] + model.scale * sums[l] - topScore);
        }
        double confidence = 1.0 / total;
        if (top == hindi && confidence < ROMANISED_HINDI_MIN) {
            return runnerUp(sums, width, top, topScore, total);
        }
        if (confidence < model.minConfidence) {
            return LanguageGuess.undetermined(confidence);
        }
        return new LanguageGuess(model.languages[top], confidence);
    }

    /**
     * Romanised Hindi tweets are full of English words, so a Latin-script text is only called Hindi
     * when the model is sure; otherwise the second language (usually English) is the better answer.
     */
    private LanguageGuess runnerUp(int[] sums, int width, int top, double topScore, double total) {
        int second = -1;
        double secondScore = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < width; l++) {
            double score = model.bias[l] + model.scale * sums[l];
            if (l != top && score > secondScore) {
                secondScore = score;
                second = l;
            }
        }
        double confidence = Math.exp(secondScore - topScore) / total;
        return confidence < model.minConfidence / 2 ? LanguageGuess.undetermined(confidence)
                : new LanguageGuess(model.languages[second], confidence);
    }

    private static int indexOf(LanguageModel model, String code) {
        for (int l = 0; l < model.languages.length; l++) {
            if (model.languages[l].equals(code)) {
                return l;
            }
        }
        return -1;
    }

    private static final class DefaultHolder {
        static final LanguageDetector INSTANCE = loadResource();

        private static LanguageDetector loadResource() {
            try (InputStream in = LanguageDetector.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("language model resource " + RESOURCE + " missing from classpath");
                }
                return new LanguageDetector(LanguageModel.read(new BufferedInputStream(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read language model resource " + RESOURCE, e);
            }
        }
    }
}
