package org.comptoir.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.comptoir.enrich.language.LabeledText;

/**
 * Accuracy of one language detector over labelled texts, per language and overall, and how often it
 * answered {@code und} (counted as wrong).
 */
record DetectorScore(String name, Map<String, int[]> perLanguage, int correct, int total, int undetermined) {

    static DetectorScore measure(String name, Function<String, String> detector, List<LabeledText> texts) {
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
        return new DetectorScore(name, perLanguage, correct, texts.size(), undetermined);
    }

    double accuracy() {
        return (double) correct / total;
    }

    /** Accuracy over every language but {@code excluded}. */
    double accuracyWithout(String excluded) {
        int[] cell = perLanguage.getOrDefault(excluded, new int[2]);
        return (double) (correct - cell[0]) / (total - cell[1]);
    }

    double accuracy(String language) {
        int[] cell = perLanguage.get(language);
        return cell == null ? Double.NaN : (double) cell[0] / cell[1];
    }
}
