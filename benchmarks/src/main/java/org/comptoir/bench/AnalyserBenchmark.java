package org.comptoir.bench;

import java.util.concurrent.TimeUnit;
import org.comptoir.enrich.PostAnalyser;
import org.comptoir.enrich.Understanding;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Single-thread throughput of the whole analysis of one post — language detection, sentiment, intent,
 * complaint, the agreement rules and the evidence — on the tweet-length posts of {@link SentimentBenchmark}
 * (no declared language, so detection runs every time).
 * <pre>java -cp CP org.openjdk.jmh.Main AnalyserBenchmark -f 1 -wi 5 -i 15 -w 2s -r 2s -jvmArgs -XX:ActiveProcessorCount=1</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class AnalyserBenchmark {
    private PostAnalyser analyser;
    private int next;

    @Setup
    public void setUp() {
        analyser = PostAnalyser.loadDefault();
    }

    @Benchmark
    public Understanding understand() {
        String[] post = SentimentBenchmark.POSTS[next++ & (SentimentBenchmark.POSTS.length - 1)];
        return analyser.understand(post[1], null);
    }
}
