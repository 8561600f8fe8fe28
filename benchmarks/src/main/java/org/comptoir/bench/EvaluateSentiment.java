package org.comptoir.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.comptoir.enrich.sentiment.EvaluationReport;
import org.comptoir.enrich.sentiment.SentimentClassifier;
import org.comptoir.enrich.sentiment.SentimentEvaluation;

/**
 * Prints one line per {@code *_SPLIT.tsv} corpus of a folder (default split {@code val}), language from
 * the file name. <pre>EvaluateSentiment MODEL|default DATA_DIR [SPLIT] [--confusion]</pre>
 */
public final class EvaluateSentiment {

    private EvaluateSentiment() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: EvaluateSentiment MODEL|default DATA_DIR [SPLIT] [--confusion]");
            System.exit(2);
        }
        SentimentClassifier classifier = args[0].equals("default")
                ? SentimentClassifier.loadDefault() : SentimentClassifier.load(Path.of(args[0]));
        String split = args.length > 2 && !args[2].startsWith("--") ? args[2] : "val";
        boolean confusion = List.of(args).contains("--confusion");
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(args[1]))) {
            files = list.filter(p -> p.getFileName().toString().endsWith("_" + split + ".tsv")).sorted().toList();
        }
        System.out.printf("%-26s %-4s %s%n", "corpus", "lang", "scores");
        for (Path file : files) {
            String name = file.getFileName().toString();
            String lang = name.split("_")[1];
            EvaluationReport report = SentimentEvaluation.evaluate(classifier, file, lang);
            System.out.printf("%-26s %-4s %s%n", name, lang, report.summaryLine());
            if (confusion) {
                System.out.print(report.confusionMatrix());
            }
        }
    }
}
