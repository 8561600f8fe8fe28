package org.comptoir.enrich.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comptoir.enrich.text.SocialTokenizer;
import org.comptoir.enrich.text.Token;
import org.comptoir.post.Sentiment;

/**
 * Classifies the polarity of a short social post with a multinomial logistic regression over hashed
 * features (see {@link FeatureExtractor}), and explains each decision with evidence taken from the
 * post. Thread-safe; {@link #classify} never throws.
 */
public final class SentimentClassifier {

    /** Class-path location of the model shipped with Comptoir. */
    public static final String DEFAULT_MODEL = "/org/comptoir/enrich/sentiment/sentiment-model.bin";

    private static final SentimentResult EMPTY = new SentimentResult(Sentiment.NEUTRAL, 1.0, List.of());
    private static final Sentiment[] CLASSES = Sentiment.values();
    /** How far sarcasm puts the negative class above the best other class (logit units). */
    static final float IRONY_MARGIN = 1.0f;

    private final SentimentModel model;
    private final FeatureExtractor extractor;
    private final SocialTokenizer tokenizer = new SocialTokenizer();
    private final ThreadLocal<FeatureBuffer> buffers = ThreadLocal.withInitial(FeatureBuffer::new);
    private final EvidenceWords evidenceWords;

    SentimentClassifier(SentimentModel model) {
        this.model = model;
        this.extractor = new FeatureExtractor(model.config, model.lexicon);
        this.evidenceWords = new EvidenceWords(model.lexicon);
    }

    /** The shipped model, loaded once per JVM. */
    public static SentimentClassifier loadDefault() {
        return DefaultModel.INSTANCE;
    }

    public static SentimentClassifier load(Path modelFile) throws IOException {
        try (InputStream in = Files.newInputStream(modelFile)) {
            return new SentimentClassifier(SentimentModel.read(in));
        }
    }

    /**
     * The polarity of {@code text}; {@code lang} is an ISO 639-1 code or {@code und} (null means
     * {@code und}). Blank text is neutral with no evidence.
     */
    public SentimentResult classify(CharSequence text, String lang) {
        if (text == null || text.toString().isBlank()) {
            return EMPTY;
        }
        try {
            return classifyText(text, lang);
        } catch (RuntimeException e) {
            return new SentimentResult(Sentiment.NEUTRAL, 0.0, List.of("unclassifiable: " + e));
        }
    }

    private SentimentResult classifyText(CharSequence text, String lang) {
        String language = lang == null || lang.isBlank() ? "und" : lang.strip().toLowerCase(java.util.Locale.ROOT);
        String decoded = SocialTokenizer.decode(text);
        List<Token> tokens = tokenizer.tokenize(decoded, language);
        FeatureBuffer features = buffers.get();
        extractor.extract(tokens, language, features);
        float[] scores = new float[SentimentModel.CLASSES];
        float[] perToken = new float[SentimentModel.CLASSES * Math.min(tokens.size(), FeatureExtractor.MAX_TOKENS)];
        model.score(features, scores, perToken);
        Irony.Match irony = Irony.find(decoded, tokens, language);
        if (irony != null) {
            overruleWithIrony(scores);
        }
        int best = argmax(scores);
        int runnerUp = runnerUp(scores, best);
        double confidence = softmax(scores, best);
        List<String> evidence = Explanation.evidence(decoded, tokens, perToken, best, runnerUp, evidenceWords);
        if (irony != null) {
            List<String> withIrony = new java.util.ArrayList<>(Explanation.MAX_EVIDENCE);
            withIrony.add(irony.label());
            evidence.stream().limit(Explanation.MAX_EVIDENCE - 1).forEach(withIrony::add);
            evidence = withIrony;
        }
        return new SentimentResult(CLASSES[best], confidence, evidence);
    }

    /**
     * Sarcasm turns the praise words of the post against the brand: the negative class is raised to
     * {@link #IRONY_MARGIN} above the best other class, unless it already leads.
     */
    private static void overruleWithIrony(float[] scores) {
        int negative = Sentiment.NEGATIVE.ordinal();
        float other = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < scores.length; c++) {
            if (c != negative) {
                other = Math.max(other, scores[c]);
            }
        }
        scores[negative] = Math.max(scores[negative], other + IRONY_MARGIN);
    }

    private static int runnerUp(float[] scores, int best) {
        int second = best == 0 ? 1 : 0;
        for (int c = 0; c < scores.length; c++) {
            if (c != best && scores[c] > scores[second]) {
                second = c;
            }
        }
        return second;
    }

    static int argmax(float[] scores) {
        int best = 0;
        for (int c = 1; c < scores.length; c++) {
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        return best;
    }

    private static double softmax(float[] scores, int index) {
        double sum = 0;
        for (float s : scores) {
            sum += Math.exp(s - scores[index]);
        }
        return 1.0 / sum;
    }

    private static final class DefaultModel {
        static final SentimentClassifier INSTANCE = loadResource();

        private static SentimentClassifier loadResource() {
            try (InputStream in = SentimentClassifier.class.getResourceAsStream(DEFAULT_MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("sentiment model resource missing: " + DEFAULT_MODEL);
                }
                return new SentimentClassifier(SentimentModel.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shipped sentiment model " + DEFAULT_MODEL, e);
            }
        }
    }
}
