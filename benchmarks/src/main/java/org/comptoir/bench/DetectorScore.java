package org.comptoir.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.comptoir.enrich.language.LabeledText;

/**
 * Accuracy of one language detector over labelled texts, per language and overall, plus how often it
 * answered {@code und} (counted as wrong) and its single-thread throughput.
 */
record DetectorScore(String name, Map<String, int[]> perLanguage, int correct, int total, int undetermined,
                     double textsPerSecond) {

    static DetectorScore measure(String name, Function<String, String> detector, List<LabeledText> texts,
                                 double minSeconds) {
        Map<String, int[]> perLanguage = new TreeMap<>();
        int correct = 0;
        int undetermined = 0;
        for (LabeledText t : texts) {
            String answer = detector.apply(t.text());
            int[] cell = perLanguage.computeIfAbsent(t.language(), k -> new int[2]);
            cell[1]++;
            if (answer.equals(t.language())) {
                cell[0]++;
                correct++;
            } else if (answer.equals("und")) {
                undetermined++;
            }
        }
        return new DetectorScore(name, perLanguage, correct, texts.size(), undetermined,
                throughput(detector, texts, minSeconds));
    }

    /** Texts per second over whole passes, after one untimed warm-up pass plus warm-up for minSeconds/2. */
    private static double throughput(Function<String, String> detector, List<LabeledText> texts, double minSeconds) {
        long sink = 0;
        long warmUntil = System.nanoTime() + (long) (minSeconds * 0.5e9);
        do {
            for (LabeledText t : texts) {
                sink += detector.apply(t.text()).length();
            }
        } while (System.nanoTime() < warmUntil);
        long start = System.nanoTime();
        long done = 0;
        do {
            for (LabeledText t : texts) {
                sink += detector.apply(t.text()).length();
            }
            done += texts.size();
        } while (System.nanoTime() - start < minSeconds * 1e9);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink == 42) {
            System.out.print("");
        }
        return done / seconds;
    }

    double accuracy() {
        return (double) correct / total;
    }

    double accuracy(String language) {
        int[] cell = perLanguage.get(language);
        return cell == null ? Double.NaN : (double) cell[0] / cell[1];
    }
}
