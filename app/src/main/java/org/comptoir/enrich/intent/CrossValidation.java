package org.comptoir.enrich.intent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.enrich.sentiment.SentimentResult;
import org.comptoir.post.Intent;

/**
 * Chooses feature weights and SGD settings by k-fold cross-validation inside the training part only:
 * folds are assigned round-robin within each intent × language stratum (in split order). The dataset's
 * training posts and the brand-directed training posts are both cross-validated (the brand-directed
 * register is what Comptoir is judged on, so the tuning must see it on the validation side too); user
 * corrections (the posts from {@code correctionsFrom} to {@code correctionsTo}) always stay on the
 * training side.
 */
final class CrossValidation {
    private static final float[] CHAR_WEIGHTS = {0.3f, 0.6f};
    private static final float[] RULE_WEIGHTS = {2f, 4f};
    private static final int[] EPOCHS = {20, 40};
    private static final double[] RATES = {0.5, 2.0};
    private static final double[] L2 = {1e-6, 1e-4};
    private static final boolean[] BALANCED = {false, true};
    /** Tone weights tried when the posts' tones are known (0 = no tone feature). */
    static final float[] TONE_WEIGHTS = {0f, 1f, 2f, 4f};

    private CrossValidation() {
    }

    static IntentTrainer.Tuning tune(List<LabelledPost> train, int correctionsFrom, int correctionsTo, int folds, int bits, long seed) {
        return tune(train, null, correctionsFrom, correctionsTo, folds, bits, seed);
    }

    /** As above, with the tone of each post as the sentiment model reads it ({@code tones} null: no tone feature). */
    static IntentTrainer.Tuning tune(List<LabelledPost> train, List<SentimentResult> tones, int correctionsFrom, int correctionsTo,
                                     int folds, int bits, long seed) {
        int[] fold = assignFolds(train, correctionsFrom, correctionsTo, folds);
        int[] labels = IntentTrainer.labels(train);
        IntentTrainer.Tuning best = null;
        float[] toneWeights = tones == null ? new float[] {0f} : TONE_WEIGHTS;
        for (float toneWeight : toneWeights) {
        for (float charWeight : CHAR_WEIGHTS) {
            for (float ruleWeight : RULE_WEIGHTS) {
                FeatureSpec spec = new FeatureSpec(bits, 3, 5, charWeight, ruleWeight, toneWeight);
                List<FeatureBuffer.Vector> vectors = Vectoriser.vectorise(train, new FeatureExtractor(spec), tones);
                for (int epochs : EPOCHS) {
                    for (double rate : RATES) {
                        for (double l2 : L2) {
                            for (boolean balanced : BALANCED) {
                                SoftmaxSgd.Settings settings = new SoftmaxSgd.Settings(epochs, rate, l2, balanced);
                                double f1 = score(vectors, labels, fold, folds, spec, settings, seed);
                                if (best == null || f1 > best.crossValidatedMacroF1() + 1e-9) {
                                    best = new IntentTrainer.Tuning(spec, settings, f1);
                                }
                            }
                        }
                    }
                }
            }
        }
        }
        return best;
    }

    private static double score(List<FeatureBuffer.Vector> vectors, int[] labels, int[] fold, int folds,
                                FeatureSpec spec, SoftmaxSgd.Settings settings, long seed) {
        List<Intent> gold = new ArrayList<>();
        List<Intent> predicted = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<FeatureBuffer.Vector> fitOn = new ArrayList<>();
            List<Integer> fitLabels = new ArrayList<>();
            for (int i = 0; i < vectors.size(); i++) {
                if (fold[i] != f) {
                    fitOn.add(vectors.get(i));
                    fitLabels.add(labels[i]);
                }
            }
            float[][] fitted = SoftmaxSgd.fit(fitOn, fitLabels.stream().mapToInt(Integer::intValue).toArray(),
                    spec.dimension(), settings, seed);
            for (int i = 0; i < vectors.size(); i++) {
                if (fold[i] == f) {
                    gold.add(IntentModel.INTENTS[labels[i]]);
                    predicted.add(IntentModel.INTENTS[SoftmaxSgd.predict(vectors.get(i), fitted[0], fitted[1])]);
                }
            }
        }
        return IntentScores.of("cv", gold, predicted).macroF1();
    }

    static int[] assignFolds(List<LabelledPost> train, int correctionsFrom, int correctionsTo, int folds) {
        int[] fold = new int[train.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < train.size(); i++) {
            boolean correction = i >= correctionsFrom && i < correctionsTo;
            fold[i] = correction ? -1 : seen.merge(train.get(i).stratum(), 1, Integer::sum) % folds;
        }
        return fold;
    }
}
