package org.comptoir.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comptoir.enrich.language.LabeledText;
import org.comptoir.enrich.language.LanguageCorpus;
import org.comptoir.enrich.language.LanguageDetector;
import org.comptoir.enrich.language.LanguageModelTrainer;
import org.comptoir.enrich.language.TrainingOptions;
import org.comptoir.enrich.language.TrainingSummary;

/**
 * Hyper-parameter search on the training files only: every 10th text of each language is held out,
 * the rest trains a model per candidate, and the held-out macro accuracy (mean over languages) is
 * printed. The validation files are never read here.
 * {@code LanguageModelTuning <sentimentDataDir> "bits=18,order=5,epochs=5,lr=0.1,balance=1,conf=0.4" ...}
 */
public final class LanguageModelTuning {

    private LanguageModelTuning() {
    }

    public static void main(String[] args) throws Exception {
        List<LabeledText> all = LanguageCorpus.read(Path.of(args[0]), "train");
        List<LabeledText> train = new ArrayList<>();
        List<LabeledText> dev = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (LabeledText t : all) {
            int n = seen.merge(t.language(), 1, Integer::sum);
            (n % 10 == 0 ? dev : train).add(t);
        }
        Path file = Files.createTempFile("language-model", ".bin");
        for (int a = 1; a < args.length; a++) {
            TrainingOptions options = parse(args[a]);
            long start = System.nanoTime();
            TrainingSummary summary = LanguageModelTrainer.train(train, options, file);
            double trainSeconds = (System.nanoTime() - start) / 1e9;
            LanguageDetector detector = LanguageDetector.load(file);
            DetectorScore score = DetectorScore.measure("dev", detector::detect, dev);
            double macro = score.perLanguage().keySet().stream().mapToDouble(score::accuracy).average().orElse(0);
            StringBuilder per = new StringBuilder();
            score.perLanguage().keySet().forEach(l -> per.append(String.format(Locale.ROOT, " %s=%.3f", l, score.accuracy(l))));
            if (System.getProperty("showErrors") != null) {
                dev.stream().filter(t -> !detector.detect(t.text()).equals(t.language()))
                        .forEach(t -> System.out.println("  " + t.language() + " -> " + detector.detect(t.text())
                                + "\t" + t.text()));
            }
            System.out.printf(Locale.ROOT, "%s macro=%.4f micro=%.4f und=%d bytes=%d train_s=%.1f aside=%s |%s%n",
                    args[a], macro, score.accuracy(), score.undetermined(), Files.size(file), trainSeconds,
                    summary.setAsideAsEnglish(), per);
        }
        Files.delete(file);
    }

    private static TrainingOptions parse(String spec) {
        TrainingOptions d = TrainingOptions.defaults();
        Map<String, String> kv = new HashMap<>();
        for (String part : spec.split(",")) {
            String[] pair = part.split("=", 2);
            kv.put(pair[0].trim(), pair[1].trim());
        }
        return new TrainingOptions(
                Integer.parseInt(kv.getOrDefault("bits", String.valueOf(d.hashBits()))),
                Integer.parseInt(kv.getOrDefault("order", String.valueOf(d.maxOrder()))),
                Integer.parseInt(kv.getOrDefault("epochs", String.valueOf(d.epochs()))),
                Double.parseDouble(kv.getOrDefault("lr", String.valueOf(d.learningRate()))),
                Double.parseDouble(kv.getOrDefault("balance", String.valueOf(d.balance()))),
                d.seed(),
                Integer.parseInt(kv.getOrDefault("letters", String.valueOf(d.minLetters()))),
                Double.parseDouble(kv.getOrDefault("conf", String.valueOf(d.minConfidence()))),
                Boolean.parseBoolean(kv.getOrDefault("aside", String.valueOf(d.setAsideEnglish()))));
    }
}
