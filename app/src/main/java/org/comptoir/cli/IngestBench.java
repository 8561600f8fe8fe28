package org.comptoir.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.comptoir.Comptoir;
import org.comptoir.enrich.Enricher;
import org.comptoir.ingest.ImportSummary;
import org.comptoir.ingest.NativeJson;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Post;
import org.comptoir.query.QueryNode;
import org.comptoir.query.QueryParser;
import org.comptoir.topic.MonitorBaseline;
import org.comptoir.topic.TopicMatcher;
import org.comptoir.demo.DemoDatasetGenerator;

/**
 * The ingest benchmark: generated posts (the demo generator with several seeds) written to a JSONL
 * file, K generated topics, then three timings on this machine. Prints figures, asserts nothing.
 */
final class IngestBench {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 1);
    /** Matching alone is timed on the importer's batches, the size the pipeline matches. */
    private static final int BATCH = Pipeline.PREFERRED_BATCH;
    private final int postCount;
    private final int topicCount;
    private final long seed;
    private final boolean enrich;
    private final PrintStream out;

    IngestBench(int postCount, int topicCount, long seed, boolean enrich, PrintStream out) {
        this.postCount = postCount;
        this.topicCount = topicCount;
        this.seed = seed;
        this.enrich = enrich;
        this.out = out;
    }

    void run() throws Exception {
        List<Post> posts = posts();
        Map<String, String> topics = BenchTopics.generate(posts, topicCount, new Random(seed));
        Map<String, QueryNode> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, String> topic : topics.entrySet()) {
            parsed.put(topic.getKey(), QueryParser.parse(topic.getValue()));
        }
        Path work = Files.createTempDirectory("comptoir-bench");
        try {
            Path file = work.resolve("posts.jsonl");
            writeJsonl(posts, file);
            out.printf(Locale.ROOT, "posts=%d topics=%d cores=%d enrichment=%s file=%d MB%n", posts.size(), topics.size(),
                    Runtime.getRuntime().availableProcessors(), enrich ? "on" : "off", Files.size(file) >> 20);
            double ingest = endToEnd(work.resolve("data"), file, topics);
            double[] matching = matchingVsMonitor(posts, parsed);
            out.printf(Locale.ROOT, "end-to-end (parse → enrich → match → index → commit), second import: %.0f posts/s%n", ingest);
            out.printf(Locale.ROOT, "matching alone (TopicMatcher, batched on all cores): %.0f posts/s%n", matching[0]);
            out.printf(Locale.ROOT, "plain Lucene Monitor (defaults, one thread, batches of %d): %.0f posts/s%n", BATCH, matching[1]);
            out.printf(Locale.ROOT, "ingest_posts_per_s=%.0f match_posts_per_s=%.0f monitor_posts_per_s=%.0f match_vs_monitor=%.2f%n",
                    ingest, matching[0], matching[1], matching[0] / matching[1]);
        } finally {
            deleteRecursively(work);
        }
    }

    /**
     * Imports the file twice in one JVM, each time into a fresh workspace with the same topics: the first
     * run pays for JIT compilation (a long-running server has done that by its second import), the second
     * is the steady-state figure. Both are printed, with process CPU time per post (steadier than wall
     * time on a shared machine).
     */
    private double endToEnd(Path dataDir, Path file, Map<String, String> topics) throws Exception {
        try (Comptoir comptoir = Comptoir.open(dataDir, enrich ? Enricher.standard() : Enricher.none(), Clock.systemUTC())) {
            double first = importInto(comptoir, "warmup", file, topics, "first import in a fresh JVM (JIT compiling)");
            double second = importInto(comptoir, "bench", file, topics, "second import, same JVM (measured)");
            out.printf(Locale.ROOT, "end-to-end, first import: %.0f posts/s%n", first);
            return second;
        }
    }

    private double importInto(Comptoir comptoir, String name, Path file, Map<String, String> topics, String label)
            throws Exception {
        String workspace = comptoir.workspaces().createIfAbsent(name, name, null).name();
        for (Map.Entry<String, String> topic : topics.entrySet()) {
            comptoir.topics().save(workspace, topic.getKey(), topic.getValue(), null);
        }
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        ImportSummary summary = comptoir.importer().importFile(workspace, file, null, null, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMicros = (processCpuNanos() - cpuStart) / 1e3;
        out.printf(Locale.ROOT, "%s: imported %d posts in %.2f s, %.0f µs CPU per post (%s)%n", label, summary.imported(), seconds,
                cpuMicros / Math.max(1, summary.imported()), summary.line());
        return summary.imported() / seconds;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** TopicMatcher as the pipeline uses it, then a plain Monitor given the same batches and one post at a time. */
    private double[] matchingVsMonitor(List<Post> posts, Map<String, QueryNode> queries) {
        List<Post> warmup = posts.subList(0, Math.min(posts.size(), 2 * BATCH));
        try (TopicMatcher matcher = new TopicMatcher(Runtime.getRuntime().availableProcessors());
             MonitorBaseline baseline = new MonitorBaseline(queries)) {
            matcher.register(queries);
            matchBatches(matcher, warmup);
            baseline.matchAll(warmup, BATCH);
            baseline.matchAll(warmup);
            long start = System.nanoTime();
            long matched = matchBatches(matcher, posts);
            double matcherRate = rate(posts.size(), start);
            start = System.nanoTime();
            long batchedMatched = baseline.matchAll(posts, BATCH);
            double batchedRate = rate(posts.size(), start);
            start = System.nanoTime();
            long singleMatched = baseline.matchAll(posts);
            double singleRate = rate(posts.size(), start);
            boolean same = matched == batchedMatched && matched == singleMatched;
            out.printf(Locale.ROOT, "matches: TopicMatcher %d, plain Monitor in batches %d, one at a time %d%s%n", matched,
                    batchedMatched, singleMatched, same ? " (same)" : " (DIFFERENT)");
            out.printf(Locale.ROOT, "plain Lucene Monitor, one post at a time: %.0f posts/s%n", singleRate);
            return new double[] {matcherRate, batchedRate};
        }
    }

    private static double rate(int count, long startNanos) {
        return count / ((System.nanoTime() - startNanos) / 1e9);
    }

    private static long matchBatches(TopicMatcher matcher, List<Post> posts) {
        long matched = 0;
        for (int start = 0; start < posts.size(); start += BATCH) {
            for (Set<String> topics : matcher.match(posts.subList(start, Math.min(posts.size(), start + BATCH)))) {
                matched += topics.size();
            }
        }
        return matched;
    }

    private List<Post> posts() {
        List<Post> posts = new ArrayList<>(postCount);
        for (int round = 0; posts.size() < postCount; round++) {
            List<Post> generated = new DemoDatasetGenerator(seed + round, LAST_DAY).generate().posts();
            for (Post post : generated) {
                if (posts.size() == postCount) {
                    break;
                }
                posts.add(round == 0 ? post : renumbered(post, round));
            }
        }
        return posts;
    }

    private static Post renumbered(Post post, int round) {
        String suffix = "~" + round;
        return new Post(post.id() + suffix, post.network(), post.url(), post.author(), post.text(), post.title(), post.lang(),
                post.createdAt(), post.inReplyTo() == null ? null : post.inReplyTo() + suffix, post.metrics(), post.raw(), null);
    }

    private static void writeJsonl(List<Post> posts, Path file) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Post post : posts) {
                writer.write(NativeJson.write(post, List.of()));
                writer.newLine();
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Generated topic queries in the dialect, from the words of the posts themselves. */
    static final class BenchTopics {
        private BenchTopics() {
        }

        static Map<String, String> generate(List<Post> posts, int count, Random random) {
            Map<String, Integer> frequency = new HashMap<>();
            List<String> hashtags = new ArrayList<>();
            for (Post post : posts.subList(0, Math.min(posts.size(), 20_000))) {
                for (String word : post.text().split("[^\\p{L}#]+")) {
                    if (word.startsWith("#") && word.length() > 3) {
                        hashtags.add(word);
                    } else if (word.length() >= 4 && word.indexOf('#') < 0) {
                        frequency.merge(word.toLowerCase(Locale.ROOT), 1, Integer::sum);
                    }
                }
            }
            List<String> words = frequency.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(Map.Entry::getKey).limit(3_000).toList();
            Map<String, String> topics = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                topics.put("t" + i, shape(i % 8, words, hashtags, random));
            }
            return topics;
        }

        private static String shape(int kind, List<String> words, List<String> hashtags, Random random) {
            String a = pick(words, random);
            String b = pick(words, random);
            String c = pick(words, random);
            return switch (kind) {
                case 0 -> a + " AND " + b;
                case 1 -> "\"" + a + " " + b + "\"~3";
                case 2 -> a + " OR " + b + " OR " + c;
                case 3 -> "(" + a + " OR " + b + ") AND NOT " + c;
                case 4 -> a + " NEAR/5 " + b;
                case 5 -> a.substring(0, Math.min(a.length(), 5)) + "*" + " AND " + b;
                case 6 -> hashtags.isEmpty() ? a : hashtags.get(random.nextInt(hashtags.size())) + " OR " + b;
                default -> "(" + a + " AND " + b + ") lang:fr";
            };
        }

        private static String pick(List<String> words, Random random) {
            // skewed towards rarer words, as real topics name brands and products rather than stop words
            int index = (int) Math.min(words.size() - 1, 50 + Math.abs(random.nextGaussian()) * words.size() / 3);
            return words.get(index);
        }
    }
}
