package org.comptoir.enrich.sentiment;

import java.util.Random;

/**
 * Multinomial logistic regression trained by AdaGrad stochastic gradient descent with an L2 penalty
 * applied to the weights each post touches. Posts carry a weight (class balancing). Deterministic for a
 * given seed: posts are shuffled with {@link Random} each epoch.
 */
final class SoftmaxRegression {

    private static final int C = SentimentModel.CLASSES;

    private final int buckets;
    private final float learningRate;
    private final float l2;

    SoftmaxRegression(int buckets, float learningRate, float l2) {
        this.buckets = buckets;
        this.learningRate = learningRate;
        this.l2 = l2;
    }

    float[] fit(TrainingSet data, int epochs, long seed) {
        float[] w = new float[buckets * C];
        float[] squares = new float[buckets * C];
        int[] order = new int[data.size];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        float[] p = new float[C];
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int i : order) {
                step(data, i, w, squares, p);
            }
        }
        return w;
    }

    private void step(TrainingSet data, int i, float[] w, float[] squares, float[] p) {
        int from = data.offsets[i];
        int to = data.offsets[i + 1];
        p[0] = 0f;
        p[1] = 0f;
        p[2] = 0f;
        for (int k = from; k < to; k++) {
            int at = data.buckets[k] * C;
            float v = data.values[k];
            p[0] += w[at] * v;
            p[1] += w[at + 1] * v;
            p[2] += w[at + 2] * v;
        }
        float max = Math.max(p[0], Math.max(p[1], p[2]));
        float sum = 0f;
        for (int c = 0; c < C; c++) {
            p[c] = (float) Math.exp(p[c] - max);
            sum += p[c];
        }
        float weight = data.weights[i];
        int label = data.labels[i];
        for (int c = 0; c < C; c++) {
            p[c] = (p[c] / sum - (c == label ? 1f : 0f)) * weight;
        }
        for (int k = from; k < to; k++) {
            int at = data.buckets[k] * C;
            float v = data.values[k];
            for (int c = 0; c < C; c++) {
                float g = p[c] * v + l2 * w[at + c];
                squares[at + c] += g * g;
                w[at + c] -= learningRate * g / (float) Math.sqrt(squares[at + c] + 1e-8f);
            }
        }
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
