package org.comptoir.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.comptoir.enrich.PostAnalyser;
import org.comptoir.enrich.brand.BrandPost;
import org.comptoir.enrich.brand.BrandPosts;

/**
 * The whole analysis (language detected, sentiment, intent, complaint, agreement rules, evidence) per
 * CPU-second of one thread, i.e. per core whatever else the machine runs, on the brand-directed training
 * posts, cycled: {@code AnalyserThroughput BRAND_TRAIN_TSV [rounds] [textsPerRound]}. Prints each round
 * and the mean with its relative standard deviation. Complements {@link AnalyserBenchmark}, whose
 * wall-clock figure moves with the machine's load.
 */
public final class AnalyserThroughput {
    private AnalyserThroughput() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = BrandPosts.read(Path.of(args[0])).posts().stream().map(BrandPost::text).toList();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int perRound = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        PostAnalyser analyser = PostAnalyser.loadDefault();
        long checksum = run(analyser, texts, 300_000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] rates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            checksum += run(analyser, texts, perRound);
            rates[r] = perRound / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
            System.out.printf("round %d: %.0f texts per CPU-second%n", r + 1, rates[r]);
        }
        double mean = java.util.Arrays.stream(rates).average().orElse(0);
        double sd = Math.sqrt(java.util.Arrays.stream(rates).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, rounds - 1));
        double chars = texts.stream().mapToInt(String::length).average().orElse(0);
        System.out.printf("mean %.0f texts per CPU-second (sd %.1f %%, %d rounds of %d texts, mean %.0f chars; checksum %d)%n",
                mean, 100 * sd / mean, rounds, perRound, chars, checksum);
    }

    private static long run(PostAnalyser analyser, List<String> texts, int count) {
        long checksum = 0;
        for (int i = 0; i < count; i++) {
            checksum += analyser.understand(texts.get(i % texts.size()), null).analysis().evidence().size();
        }
        return checksum;
    }
}
