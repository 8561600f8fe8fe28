package org.comptoir.enrich.evaluation;

import java.util.Locale;

/**
 * Reliability of confidences: decisions are put in equal-width confidence bins; in a calibrated model
 * the share of correct decisions in a bin equals its mean confidence. The expected calibration error
 * (ECE) is the mean gap between the two, each bin weighted by its share of decisions.
 */
public final class Calibration {
    private final int[] count;
    private final int[] correct;
    private final double[] confidence;

    public Calibration(int bins) {
        count = new int[bins];
        correct = new int[bins];
        confidence = new double[bins];
    }

    public void add(double p, boolean right) {
        double clamped = Double.isNaN(p) ? 0 : Math.max(0, Math.min(1, p));
        int bin = Math.min(count.length - 1, (int) (clamped * count.length));
        count[bin]++;
        confidence[bin] += clamped;
        if (right) {
            correct[bin]++;
        }
    }

    public double expectedError() {
        int n = 0;
        for (int c : count) {
            n += c;
        }
        if (n == 0) {
            return 0;
        }
        double error = 0;
        for (int b = 0; b < count.length; b++) {
            if (count[b] > 0) {
                error += Math.abs(correct[b] / (double) count[b] - confidence[b] / count[b]) * count[b] / n;
            }
        }
        return error;
    }

    /** The reliability curve: one line per non-empty bin (range, decisions, mean confidence, accuracy). */
    public String render() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "reliability (ece=%.4f)%n%-11s %6s %10s %9s%n",
                expectedError(), "confidence", "n", "mean_conf", "accuracy"));
        for (int b = 0; b < count.length; b++) {
            if (count[b] > 0) {
                out.append(String.format(Locale.ROOT, "%.1f-%.1f    %6d %10.3f %9.3f%n", b / (double) count.length,
                        (b + 1) / (double) count.length, count[b], confidence[b] / count[b], correct[b] / (double) count[b]));
            }
        }
        return out.toString();
    }
}
