package org.comptoir.enrich.sentiment;

import java.util.List;
import java.util.Locale;
import org.comptoir.post.Sentiment;

/**
 * Scores of a classifier on a labelled file: a confusion matrix (rows gold, columns predicted, in
 * {@link Sentiment} order) and the lines that could not be used. Macro averages give each class the
 * same weight; a class never predicted has precision 0.
 */
public record EvaluationReport(int[][] confusion, int skipped, List<String> skippedReasons) {

    private static final Sentiment[] CLASSES = Sentiment.values();

    public EvaluationReport {
        skippedReasons = List.copyOf(skippedReasons);
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

    public double accuracy() {
        int correct = 0;
        for (int c = 0; c < CLASSES.length; c++) {
            correct += confusion[c][c];
        }
        return ratio(correct, n());
    }

    public double recall(Sentiment s) {
        int c = s.ordinal();
        int gold = 0;
        for (int v : confusion[c]) {
            gold += v;
        }
        return ratio(confusion[c][c], gold);
    }

    public double precision(Sentiment s) {
        int c = s.ordinal();
        int predicted = 0;
        for (int[] row : confusion) {
            predicted += row[c];
        }
        return ratio(confusion[c][c], predicted);
    }

    public double f1(Sentiment s) {
        double p = precision(s);
        double r = recall(s);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroRecall() {
        double sum = 0;
        for (Sentiment s : CLASSES) {
            sum += recall(s);
        }
        return sum / CLASSES.length;
    }

    public double macroF1() {
        double sum = 0;
        for (Sentiment s : CLASSES) {
            sum += f1(s);
        }
        return sum / CLASSES.length;
    }

    /** {@code macro_recall=0.xxx macro_f1=0.xxx accuracy=0.xxx n=N}. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "macro_recall=%.3f macro_f1=%.3f accuracy=%.3f n=%d",
                macroRecall(), macroF1(), accuracy(), n());
    }

    /** A text table, one row per gold class, one column per predicted class. */
    public String confusionMatrix() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-14s", "gold\\predicted"));
        for (Sentiment s : CLASSES) {
            b.append(String.format(Locale.ROOT, "%10s", s.label()));
        }
        b.append('\n');
        for (Sentiment gold : CLASSES) {
            b.append(String.format(Locale.ROOT, "%-14s", gold.label()));
            for (int v : confusion[gold.ordinal()]) {
                b.append(String.format(Locale.ROOT, "%10d", v));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
