package org.comptoir.enrich.intent;

import java.util.ArrayList;
import java.util.List;
import org.comptoir.post.Intent;

/**
 * Precision, recall and F1 of every intent over one group of held-out posts (one language, or all),
 * with the macro-F1 (unweighted mean of the six F1) and the accuracy.
 */
public record IntentScores(String group, List<ClassScores> classes, int support, int correct) {

    /** Counts of one intent: gold posts, predicted posts, and posts both gold and predicted. */
    public record ClassScores(Intent intent, int support, int predicted, int truePositives) {
        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            return support == 0 ? 0 : (double) truePositives / support;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public double macroF1() {
        return classes.stream().mapToDouble(ClassScores::f1).average().orElse(0);
    }

    public double accuracy() {
        return support == 0 ? 0 : (double) correct / support;
    }

    /** Scores the predictions whose gold and predicted intents are given pairwise. */
    static IntentScores of(String group, List<Intent> gold, List<Intent> predicted) {
        int k = IntentModel.INTENTS.length;
        int[] support = new int[k];
        int[] guessed = new int[k];
        int[] hits = new int[k];
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            int g = gold.get(i).ordinal();
            int p = predicted.get(i).ordinal();
            support[g]++;
            guessed[p]++;
            if (g == p) {
                hits[g]++;
                correct++;
            }
        }
        List<ClassScores> classes = new ArrayList<>();
        for (Intent intent : IntentModel.INTENTS) {
            int c = intent.ordinal();
            classes.add(new ClassScores(intent, support[c], guessed[c], hits[c]));
        }
        return new IntentScores(group, List.copyOf(classes), gold.size(), correct);
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-6s | %-15s | %9s | %6s | %5s | %7s%n", group, "intent", "precision", "recall", "F1", "support"));
        out.append("-------|-----------------|-----------|--------|-------|--------\n");
        for (ClassScores c : classes) {
            out.append(String.format("%-6s | %-15s | %9.3f | %6.3f | %5.3f | %7d%n",
                    group, c.intent().label(), c.precision(), c.recall(), c.f1(), c.support()));
        }
        out.append(String.format("%-6s | macro-F1 %.3f, accuracy %.3f over %d posts%n", group, macroF1(), accuracy(), support));
        return out.toString();
    }
}
