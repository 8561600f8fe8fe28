package org.comptoir.enrich.intent;

import java.util.List;
import java.util.Random;

/**
 * Plain stochastic gradient descent for multinomial logistic regression on sparse hashed vectors:
 * cross-entropy loss, L2 penalty applied to the rows a sample touches, a learning rate decaying as
 * {@code rate / (1 + epoch)}, and a seeded shuffle per epoch so a run is reproducible.
 */
final class SoftmaxSgd {

    /** Hyper-parameters chosen by cross-validation inside the training part. */
    record Settings(int epochs, double learningRate, double l2, boolean balanced) {
        Settings(int epochs, double learningRate, double l2) {
            this(epochs, learningRate, l2, false);
        }

        @Override
        public String toString() {
            return "epochs=" + epochs + " rate=" + learningRate + " l2=" + l2 + (balanced ? " classes balanced" : "");
        }
    }

    private SoftmaxSgd() {
    }

    /** Returns {weights (dimension × intents, bucket-major), biases} fitted to the samples. */
    static float[][] fit(List<FeatureBuffer.Vector> samples, int[] labels, int dimension, Settings settings, long seed) {
        int k = IntentModel.INTENTS.length;
        float[] weights = new float[dimension * k];
        float[] bias = new float[k];
        double[] probabilities = new double[k];
        int[] order = new int[samples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double[] classWeight = classWeights(labels, k, settings.balanced());
        Random random = new Random(seed);
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            double rate = settings.learningRate() / (1 + epoch);
            float decay = (float) (1 - rate * settings.l2());
            for (int s : order) {
                FeatureBuffer.Vector x = samples.get(s);
                scores(x, weights, bias, probabilities);
                double w = classWeight[labels[s]];
                for (int c = 0; c < k; c++) {
                    double gradient = w * (probabilities[c] - (labels[s] == c ? 1 : 0));
                    bias[c] -= (float) (rate * gradient);
                    for (int i = 0; i < x.index().length; i++) {
                        int at = x.index()[i] * k + c;
                        weights[at] = weights[at] * decay - (float) (rate * gradient * x.value()[i]);
                    }
                }
            }
        }
        return new float[][] {weights, bias};
    }

    /**
     * Per-class sample weights: all 1, or, when balanced, {@code n / (k × n_c)} so that every class that
     * occurs weighs the same in total (the brand-directed training posts are complaint-heavy).
     */
    static double[] classWeights(int[] labels, int k, boolean balanced) {
        double[] weight = new double[k];
        java.util.Arrays.fill(weight, 1.0);
        if (!balanced || labels.length == 0) {
            return weight;
        }
        int[] count = new int[k];
        int present = 0;
        for (int label : labels) {
            if (count[label]++ == 0) {
                present++;
            }
        }
        for (int c = 0; c < k; c++) {
            weight[c] = count[c] == 0 ? 1.0 : (double) labels.length / ((double) present * count[c]);
        }
        return weight;
    }

    static int predict(FeatureBuffer.Vector x, float[] weights, float[] bias) {
        double[] probabilities = new double[bias.length];
        scores(x, weights, bias, probabilities);
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) {
            if (probabilities[c] > probabilities[best]) {
                best = c;
            }
        }
        return best;
    }

    private static void scores(FeatureBuffer.Vector x, float[] weights, float[] bias, double[] out) {
        int k = bias.length;
        for (int c = 0; c < k; c++) {
            out[c] = bias[c];
        }
        for (int i = 0; i < x.index().length; i++) {
            int row = x.index()[i] * k;
            for (int c = 0; c < k; c++) {
                out[c] += x.value()[i] * weights[row + c];
            }
        }
        IntentModel.softmax(out);
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
