package org.comptoir.enrich.intent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comptoir.enrich.sentiment.SentimentClassifier;
import org.comptoir.enrich.sentiment.SentimentResult;
import org.comptoir.post.Intent;
import org.comptoir.post.Sentiment;

/**
 * Detects what the author of a brand-directed post wants (complaint, question, praise, purchase intent,
 * churn risk, other), in French or English, and says why. Cue rules fire first and become features of
 * a small logistic-regression model over hashed words, word pairs and character n-grams.
 *
 * <p>Thread-safe (the model is immutable; scratch buffers are per thread) and allocation-light: only
 * the result and its evidence strings are allocated. {@link #classify} never throws.
 */
public final class IntentClassifier {
    static final String MODEL_RESOURCE = "intent-model.bin";
    static final String NOTE_EMPTY = "note:empty-text";
    static final String NOTE_TRUNCATED = "note:truncated-to-first-" + IntentTokeniser.MAX_CHARS + "-chars";

    private final IntentModel model;
    private final FeatureExtractor extractor;
    private final CueMatcher cues = CueMatcher.defaultMatcher();
    private final ThreadLocal<ClassifierScratch> scratch = ThreadLocal.withInitial(ClassifierScratch::new);

    IntentClassifier(IntentModel model) {
        this.model = model;
        this.extractor = new FeatureExtractor(model.spec());
    }

    /** The model shipped with Comptoir ({@value #MODEL_RESOURCE}), loaded once per JVM. */
    public static IntentClassifier loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    /** A model written by {@link IntentTrainer#trainAndEvaluate}. */
    public static IntentClassifier load(Path modelFile) throws IOException {
        try (InputStream in = Files.newInputStream(modelFile)) {
            return new IntentClassifier(IntentModel.read(in));
        }
    }

    /**
     * The intent of {@code text}. A model that reads the tone (ADR 0025) gets it from the shipped sentiment
     * model here, which costs a sentiment classification; callers that already have the sentiment
     * ({@link org.comptoir.enrich.PostAnalyser}) pass it to {@link #classify(CharSequence, String, Sentiment, double)}.
     */
    public IntentResult classify(CharSequence text, String lang) {
        if (model.spec().toneWeight() > 0 && text != null) {
            SentimentResult tone = ToneReader.read(text, lang);
            if (tone != null) {
                return classify(text, lang, tone.sentiment(), tone.confidence());
            }
        }
        return classify(text, lang, null, 0);
    }

    /**
     * As above, with the sentiment model's decision for the same post ({@code tone}, {@code toneConfidence}):
     * a model trained with the tone feature (ADR 0025) reads it; {@code tone} null means not known.
     * {@link org.comptoir.enrich.PostAnalyser} always passes it.
     */
    public IntentResult classify(CharSequence text, String lang, Sentiment tone, double toneConfidence) {
        try {
            return classifyOrThrow(text, lang, tone, toneConfidence);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return new IntentResult(Intent.OTHER, 0, List.of("note:not-classified:" + e.getClass().getSimpleName()));
        }
    }

    private IntentResult classifyOrThrow(CharSequence text, String lang, Sentiment tone, double toneConfidence) {
        ClassifierScratch s = scratch.get();
        if (text == null) {
            return new IntentResult(Intent.OTHER, 1, List.of(NOTE_EMPTY));
        }
        IntentTokeniser.tokenise(text, s.tokens);
        if (s.tokens.count == 0) {
            return new IntentResult(Intent.OTHER, 1, s.tokens.truncated ? List.of(NOTE_EMPTY, NOTE_TRUNCATED) : List.of(NOTE_EMPTY));
        }
        cues.match(s.tokens, s.hits);
        extractor.extract(s.tokens, s.hits, lang, tone, toneConfidence, s.features);
        model.predict(s.features, s.probabilities);
        int best = 0;
        for (int c = 1; c < s.probabilities.length; c++) {
            if (s.probabilities[c] > s.probabilities[best]) {
                best = c;
            }
        }
        int runnerUp = best == 0 ? 1 : 0;
        for (int c = 0; c < s.probabilities.length; c++) {
            if (c != best && s.probabilities[c] > s.probabilities[runnerUp]) {
                runnerUp = c;
            }
        }
        Intent intent = IntentModel.INTENTS[best];
        List<String> evidence = EvidenceCollector.collect(text, intent, runnerUp, model, s);
        if (s.tokens.truncated) {
            evidence.add(NOTE_TRUNCATED);
        }
        return new IntentResult(intent, s.probabilities[best], evidence, model.complaint(s.features));
    }

    /** Whether the model was trained with the cue rules this build ships (else it must be retrained). */
    boolean matchesShippedCues() {
        return model.cueFingerprint() == cues.fingerprint();
    }

    String provenance() {
        return model.provenance();
    }

    /** The shipped sentiment model, loaded on first use only by models that read the tone. */
    private static final class ToneReader {
        private static final SentimentClassifier SENTIMENT = load();

        private static SentimentClassifier load() {
            try {
                return SentimentClassifier.loadDefault();
            } catch (RuntimeException | LinkageError e) {
                return null;
            }
        }

        static SentimentResult read(CharSequence text, String lang) {
            return SENTIMENT == null ? null : SENTIMENT.classify(text, lang);
        }
    }

    private static final class DefaultHolder {
        static final IntentClassifier INSTANCE = loadResource();

        private static IntentClassifier loadResource() {
            try (InputStream in = IntentClassifier.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("intent model resource " + MODEL_RESOURCE + " is missing from the classpath");
                }
                return new IntentClassifier(IntentModel.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shipped intent model " + MODEL_RESOURCE, e);
            }
        }
    }
}
