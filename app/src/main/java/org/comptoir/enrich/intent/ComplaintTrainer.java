package org.comptoir.enrich.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fits the {@link ComplaintHead}: plain SGD on the logistic loss with L2 (seeded shuffle, rate decaying
 * as {@code rate / (1 + epoch)}), then Platt scaling fitted on {@value #FOLDS}-fold cross-validated raw
 * scores, so that the probability is calibrated on posts the scorer did not see. Deterministic.
 */
final class ComplaintTrainer {
    static final int FOLDS = 5;
    static final int EPOCHS = 30;
    static final double RATE = 1.0;
    static final double L2 = 1e-5;
    private static final long SEED = 11L;

    private ComplaintTrainer() {
    }

    static ComplaintHead train(List<FeatureBuffer.Vector> samples, boolean[] complaint, int dimension) {
        double[] heldOutScores = new double[samples.size()];
        for (int f = 0; f < FOLDS; f++) {
            List<Integer> fitOn = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                if (i % FOLDS != f) {
                    fitOn.add(i);
                }
            }
            float[] w = new float[dimension + 1];
            fit(samples, complaint, fitOn, w, dimension);
            for (int i = f; i < samples.size(); i += FOLDS) {
                heldOutScores[i] = score(samples.get(i), w, dimension);
            }
        }
        double[] platt = platt(heldOutScores, complaint);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            all.add(i);
        }
        float[] w = new float[dimension + 1];
        fit(samples, complaint, all, w, dimension);
        float[] weights = new float[dimension];
        System.arraycopy(w, 0, weights, 0, dimension);
        return new ComplaintHead(weights, w[dimension], (float) platt[0], (float) platt[1]);
    }

    private static void fit(List<FeatureBuffer.Vector> samples, boolean[] y, List<Integer> indexes, float[] w, int dimension) {
        int[] order = indexes.stream().mapToInt(Integer::intValue).toArray();
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double rate = RATE / (1 + epoch);
            float decay = (float) (1 - rate * L2);
            for (int s : order) {
                FeatureBuffer.Vector x = samples.get(s);
                double gradient = ComplaintHead.sigmoid(score(x, w, dimension)) - (y[s] ? 1 : 0);
                w[dimension] -= (float) (rate * gradient);
                for (int i = 0; i < x.index().length; i++) {
                    int at = x.index()[i];
                    w[at] = w[at] * decay - (float) (rate * gradient * x.value()[i]);
                }
            }
        }
    }

    private static double score(FeatureBuffer.Vector x, float[] w, int dimension) {
        double s = w[dimension];
        for (int i = 0; i < x.index().length; i++) {
            s += x.value()[i] * w[x.index()[i]];
        }
        return s;
    }

    /** Platt's fit of {a, b} by Newton steps on the log loss, with his smoothed targets. */
    static double[] platt(double[] scores, boolean[] y) {
        int positives = 0;
        for (boolean v : y) {
            positives += v ? 1 : 0;
        }
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (y.length - positives + 2.0);
        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < 100; iteration++) {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < scores.length; i++) {
                double p = ComplaintHead.sigmoid(a * scores[i] + b);
                double d = p - (y[i] ? hi : lo);
                double h = p * (1 - p);
                ga += d * scores[i];
                gb += d;
                haa += h * scores[i] * scores[i];
                hab += h * scores[i];
                hbb += h;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new double[] {a, b};
    }
}
