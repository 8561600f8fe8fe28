package org.comptoir.enrich.language;

import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * Fits the multinomial logistic regression behind {@link LanguageModel}: AdaGrad over hashed
 * features, a fixed-seed shuffle per epoch and per-language sample weights, single-threaded so the
 * same inputs always give the same bytes. Texts without a single letter carry no evidence and are
 * counted in {@link #textsWithoutLetters()} instead of being learnt from.
 */
final class SoftmaxTrainer {
    private final TrainingOptions options;
    private final List<String> languages;
    private final int width;
    private final float[] weights;
    private final float[] squares;
    private final double[] scores;
    private final TreeMap<String, Integer> counts = new TreeMap<>();
    private int textsWithoutLetters;

    SoftmaxTrainer(List<LabeledText> texts, TrainingOptions options) {
        this.options = options;
        texts.forEach(t -> counts.merge(t.language(), 1, Integer::sum));
        this.languages = List.copyOf(counts.keySet());
        this.width = languages.size();
        this.weights = new float[width << options.hashBits()];
        this.squares = new float[width << options.hashBits()];
        this.scores = new double[width];
    }

    LanguageModel fit(List<LabeledText> texts) {
        int[] labels = texts.stream().mapToInt(t -> languages.indexOf(t.language())).toArray();
        double[] sampleWeight = sampleWeights();
        float[] biases = new float[width];
        float[] biasSquares = new float[width];
        int[] order = new int[texts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(options.seed());
        Workspace ws = new Workspace();
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            shuffle(order, random);
            textsWithoutLetters = 0;
            for (int index : order) {
                int len = TextNormalizer.normalize(texts.get(index).text(), ws);
                if (ws.letters == 0) {
                    textsWithoutLetters++;
                    continue;
                }
                int[] features = ws.features(FeatureHasher.capacity(len, options.maxOrder()));
                int count = FeatureHasher.extract(ws.text, len, options.maxOrder(), options.hashBits(), features);
                step(features, count, labels[index], sampleWeight[labels[index]], biases, biasSquares);
            }
        }
        return quantise(biases);
    }

    int textsWithoutLetters() {
        return textsWithoutLetters;
    }

    private void step(int[] features, int count, int label, double sampleWeight, float[] biases, float[] biasSquares) {
        double max = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < width; l++) {
            double s = biases[l];
            for (int k = 0; k < count; k++) {
                s += weights[features[k] * width + l];
            }
            scores[l] = s;
            max = Math.max(max, s);
        }
        double total = 0;
        for (int l = 0; l < width; l++) {
            scores[l] = Math.exp(scores[l] - max);
            total += scores[l];
        }
        double rate = options.learningRate();
        for (int l = 0; l < width; l++) {
            float gradient = (float) (sampleWeight * (scores[l] / total - (l == label ? 1.0 : 0.0)));
            float squared = gradient * gradient;
            if (squared < 1e-12f) {
                continue;
            }
            biasSquares[l] += squared;
            biases[l] -= (float) (rate * gradient / Math.sqrt(biasSquares[l]));
            for (int k = 0; k < count; k++) {
                int slot = features[k] * width + l;
                squares[slot] += squared;
                weights[slot] -= (float) (rate * gradient / Math.sqrt(squares[slot]));
            }
        }
    }

    /** Weight per language so that {@code balance = 1} gives every language the same total weight. */
    private double[] sampleWeights() {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        double[] w = new double[width];
        double weightedTotal = 0;
        for (int l = 0; l < width; l++) {
            int n = counts.get(languages.get(l));
            w[l] = Math.pow((double) total / (width * (double) n), options.balance());
            weightedTotal += w[l] * n;
        }
        for (int l = 0; l < width; l++) {
            w[l] *= total / weightedTotal;
        }
        return w;
    }

    private LanguageModel quantise(float[] biases) {
        float maxAbs = 0f;
        for (float w : weights) {
            maxAbs = Math.max(maxAbs, Math.abs(w));
        }
        float scale = maxAbs == 0f ? 1f : maxAbs / 127f;
        byte[] bytes = new byte[weights.length];
        for (int i = 0; i < weights.length; i++) {
            bytes[i] = (byte) Math.max(-127, Math.min(127, Math.round(weights[i] / scale)));
        }
        return new LanguageModel(languages, options.hashBits(), options.maxOrder(), options.minLetters(),
                (float) options.minConfidence(), scale, biases, bytes);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }
}
