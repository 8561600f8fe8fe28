package org.comptoir.bench;

import java.nio.file.Path;
import org.comptoir.enrich.intent.IntentReport;
import org.comptoir.enrich.intent.IntentTrainer;

/**
 * Rebuilds the shipped intent model and prints its held-out evaluation:
 * {@code TrainIntentModel <dataset.tsv> <out.bin> [corrections.tsv|-] [brand-train.tsv…]} (the shipped model is
 * trained with both brand-directed files and the shipped sentiment model's tone, ADR 0025; same as
 * {@code comptoir train intent --brand … --brand …}).
 */
public final class TrainIntentModel {
    private TrainIntentModel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TrainIntentModel <dataset.tsv> <out.bin> [corrections.tsv|-] [brand-train.tsv…]");
            System.exit(2);
        }
        long start = System.nanoTime();
        java.util.List<Path> brand = java.util.Arrays.stream(args).skip(3).map(Path::of).toList();
        IntentReport report = IntentTrainer.trainAndEvaluate(Path.of(args[0]), Path.of(args[1]),
                args.length >= 3 && !args[2].equals("-") ? Path.of(args[2]) : null, brand,
                org.comptoir.enrich.sentiment.SentimentClassifier.loadDefault());
        System.out.print(report.render());
        System.out.printf("Model written to %s in %.1f s%n", args[1], (System.nanoTime() - start) / 1e9);
    }
}
