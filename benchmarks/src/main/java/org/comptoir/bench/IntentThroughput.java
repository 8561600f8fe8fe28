package org.comptoir.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.comptoir.enrich.intent.IntentClassifier;
import org.comptoir.enrich.sentiment.SentimentClassifier;
import org.comptoir.enrich.sentiment.SentimentResult;

/**
 * Texts classified per CPU-second of one thread (i.e. per core, whatever else the machine runs), on the
 * posts of the shipped intent dataset, cycled: {@code IntentThroughput [texts]} (default 500,000 after
 * a 200,000-text warm-up). Complements {@link IntentClassifierBenchmark}, whose wall-clock figure
 * depends on how busy the machine is. {@code IntentThroughput [texts] tone}: each post's tone is read once by
 * the shipped sentiment model before timing and passed in, as the analyser does (ADR 0025), so the figure is
 * the intent model's own cost; without {@code tone}, a model that reads the tone reads it itself (a sentiment
 * classification per text is then timed too).
 */
public final class IntentThroughput {
    private IntentThroughput() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                IntentClassifier.class.getResourceAsStream("intent-dataset.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] fields = line.split("\t");
                if (fields.length == 3) {
                    rows.add(fields);
                }
            }
        }
        IntentClassifier classifier = IntentClassifier.loadDefault();
        List<SentimentResult> tones = null;
        if (args.length > 1 && args[1].equals("tone")) {
            SentimentClassifier sentiment = SentimentClassifier.loadDefault();
            tones = rows.stream().map(r -> sentiment.classify(r[2], r[1])).toList();
        }
        long checksum = run(classifier, rows, tones, 200_000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        checksum += run(classifier, rows, tones, count);
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        double chars = rows.stream().mapToInt(r -> r[2].length()).average().orElse(0);
        System.out.printf("%d texts (mean %.0f chars): %.0f texts per CPU-second, %.0f per wall-second (checksum %d)%n",
                count, chars, count / cpuSeconds, count / wallSeconds, checksum);
    }

    private static long run(IntentClassifier classifier, List<String[]> rows, List<SentimentResult> tones, int count) {
        long checksum = 0;
        for (int i = 0; i < count; i++) {
            String[] row = rows.get(i % rows.size());
            if (tones == null) {
                checksum += classifier.classify(row[2], row[1]).intent().ordinal();
            } else {
                SentimentResult tone = tones.get(i % rows.size());
                checksum += classifier.classify(row[2], row[1], tone.sentiment(), tone.confidence()).intent().ordinal();
            }
        }
        return checksum;
    }
}
