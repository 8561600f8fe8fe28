package org.comptoir.enrich.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * Scores of one classifier on labelled posts: a confusion matrix (rows gold, columns predicted), the
 * per-class precision, recall and F1, their macro averages (every class weighs the same; a class never
 * predicted has precision 0), and the calibration of the confidence given with each decision
 * ({@link Calibration}). Not thread-safe; fill it, then read it.
 */
public final class Scores {
    private final List<String> classes;
    private final int[][] confusion;
    private final Calibration calibration = new Calibration(10);

    public Scores(List<String> classes) {
        this.classes = List.copyOf(classes);
        this.confusion = new int[classes.size()][classes.size()];
    }

    /** One decision: gold and predicted class indexes, and the confidence given for the predicted class. */
    public void add(int gold, int predicted, double confidence) {
        confusion[gold][predicted]++;
        calibration.add(confidence, gold == predicted);
    }

    public List<String> classes() {
        return classes;
    }

    public int n() {
        int n = 0;
        for (int[] row : confusion) {
            for (int v : row) {
                n += v;
            }
        }
        return n;
    }

    public int count(int gold, int predicted) {
        return confusion[gold][predicted];
    }

    public double accuracy() {
        int correct = 0;
        for (int c = 0; c < classes.size(); c++) {
            correct += confusion[c][c];
        }
        return ratio(correct, n());
    }

    public double precision(int c) {
        int predicted = 0;
        for (int[] row : confusion) {
            predicted += row[c];
        }
        return ratio(confusion[c][c], predicted);
    }

    public double recall(int c) {
        int gold = 0;
        for (int v : confusion[c]) {
            gold += v;
        }
        return ratio(confusion[c][c], gold);
    }

    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        double sum = 0;
        for (int c = 0; c < classes.size(); c++) {
            sum += f1(c);
        }
        return sum / classes.size();
    }

    public double macroRecall() {
        double sum = 0;
        for (int c = 0; c < classes.size(); c++) {
            sum += recall(c);
        }
        return sum / classes.size();
    }

    public Calibration calibration() {
        return calibration;
    }

    /** Summary line, per-class table, confusion matrix and reliability table, as printed by {@code comptoir eval}. */
    public String render() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "macro_f1=%.4f macro_recall=%.4f accuracy=%.4f ece=%.4f n=%d%n",
                macroF1(), macroRecall(), accuracy(), calibration.expectedError(), n()));
        out.append(String.format(Locale.ROOT, "%-16s %9s %9s %9s %8s%n", "class", "precision", "recall", "f1", "support"));
        for (int c = 0; c < classes.size(); c++) {
            int support = 0;
            for (int v : confusion[c]) {
                support += v;
            }
            out.append(String.format(Locale.ROOT, "%-16s %9.3f %9.3f %9.3f %8d%n", classes.get(c), precision(c), recall(c), f1(c), support));
        }
        out.append("confusion (rows gold, columns predicted)\n").append(String.format(Locale.ROOT, "%-16s", ""));
        classes.forEach(name -> out.append(String.format(Locale.ROOT, " %9.9s", name)));
        out.append('\n');
        for (int g = 0; g < classes.size(); g++) {
            out.append(String.format(Locale.ROOT, "%-16s", classes.get(g)));
            for (int p = 0; p < classes.size(); p++) {
                out.append(String.format(Locale.ROOT, " %9d", confusion[g][p]));
            }
            out.append('\n');
        }
        return out.append(calibration.render()).toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }
}
