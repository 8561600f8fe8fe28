package org.comptoir.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.comptoir.enrich.intent.IntentClassifier;
import org.comptoir.enrich.intent.IntentResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Single-thread throughput of {@link IntentClassifier#classify} on the tweet-length posts of the
 * shipped intent dataset (cycled), in texts per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IntentClassifierBenchmark {
    private IntentClassifier classifier;
    private String[] texts;
    private String[] langs;
    private int next;

    @Setup
    public void load() throws IOException {
        classifier = IntentClassifier.loadDefault();
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
        texts = rows.stream().map(r -> r[2]).toArray(String[]::new);
        langs = rows.stream().map(r -> r[1]).toArray(String[]::new);
    }

    @Benchmark
    public IntentResult classify() {
        int i = next;
        next = i + 1 == texts.length ? 0 : i + 1;
        return classifier.classify(texts[i], langs[i]);
    }
}
