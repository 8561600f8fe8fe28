package org.comptoir.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.comptoir.enrich.sentiment.SentimentClassifier;
import org.comptoir.post.Sentiment;

/**
 * A proxy of sentiment quality on brand-directed posts, for which no sentiment-labelled set exists: the
 * posts of Comptoir's intent dataset whose intent implies a polarity (complaint and churn_risk → negative,
 * praise → positive), scored with a sentiment model. Prints, per intent and language, the share given the
 * implied polarity and the share given the opposite one:
 * {@code SentimentOnBrandPosts <intent-dataset.tsv> [model file…]} (no model file: the shipped model).
 */
public final class SentimentOnBrandPosts {
    private SentimentOnBrandPosts() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SentimentOnBrandPosts <intent-dataset.tsv> [model file…]");
            System.exit(2);
        }
        var rows = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        if (args.length == 1) {
            report("shipped model", SentimentClassifier.loadDefault(), rows);
        }
        for (int i = 1; i < args.length; i++) {
            report(args[i], SentimentClassifier.load(Path.of(args[i])), rows);
        }
    }

    private static void report(String name, SentimentClassifier classifier, java.util.List<String> rows) {
        Map<String, int[]> counts = new TreeMap<>();
        for (String row : rows) {
            String[] cols = row.split("\t", 3);
            if (cols.length < 3) {
                continue;
            }
            Sentiment implied = switch (cols[0]) {
                case "complaint", "churn_risk" -> Sentiment.NEGATIVE;
                case "praise" -> Sentiment.POSITIVE;
                default -> null;
            };
            if (implied == null) {
                continue;
            }
            Sentiment opposite = implied == Sentiment.NEGATIVE ? Sentiment.POSITIVE : Sentiment.NEGATIVE;
            Sentiment got = classifier.classify(cols[2], cols[1]).sentiment();
            int[] c = counts.computeIfAbsent(cols[0] + " " + cols[1], k -> new int[3]);
            c[0]++;
            c[1] += got == implied ? 1 : 0;
            c[2] += got == opposite ? 1 : 0;
        }
        System.out.println(name);
        counts.forEach((key, c) -> System.out.printf(Locale.ROOT, "  %-14s n=%3d implied=%.3f opposite=%.3f%n",
                key, c[0], (double) c[1] / c[0], (double) c[2] / c[0]));
    }
}
