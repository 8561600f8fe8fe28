package org.comptoir.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.comptoir.Comptoir;
import org.comptoir.analytics.AnalyticsQuery;
import org.comptoir.demo.DemoDataset;
import org.comptoir.demo.DemoDatasetGenerator;
import org.comptoir.demo.DemoTopic;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Post;
import org.comptoir.search.ExportFormat;
import org.comptoir.search.PostSearch;
import org.comptoir.store.PostQuery;

/**
 * The analytics benchmark: a workspace of N posts from the demo generator (several seeds, enriched, the demo's
 * topics), built once in the data directory and reused, then 100 varied requests per figure (topics, ranges,
 * languages) through {@link AnalyticsQuery} — the API's code path — with their p50 and p99, and a CSV export
 * of every post. Prints figures, asserts nothing.
 */
final class AnalyticsBench {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 1);
    private static final int REQUESTS = 100;
    private static final List<String> FIGURES = List.of("volume", "share-of-voice", "breakdown", "terms", "authors", "pyramid");
    private final Comptoir comptoir;
    private final int postCount;
    private final PrintStream out;

    AnalyticsBench(Comptoir comptoir, int postCount, PrintStream out) {
        this.comptoir = comptoir;
        this.postCount = postCount;
        this.out = out;
    }

    void run() throws Exception {
        String workspace = "bench-analytics-" + postCount;
        long stored = build(workspace);
        List<String> topics = comptoir.topics().list(workspace).stream().map(t -> t.name()).toList();
        Random random = new Random(11);
        Map<String, Double> p99 = new HashMap<>();
        for (String figure : FIGURES) {
            long[] nanos = new long[REQUESTS];
            double first = 0;
            for (int i = -10; i < REQUESTS; i++) {
                Map<String, String> params = params(figure, topics, random);
                long start = System.nanoTime();
                AnalyticsQuery.run(comptoir.analytics(), workspace, figure, params);
                if (i == -10) {
                    first = (System.nanoTime() - start) / 1e6;
                } else if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            double p50 = nanos[REQUESTS / 2] / 1e6;
            double p99value = nanos[(int) Math.ceil(REQUESTS * 0.99) - 1] / 1e6;
            p99.put(figure, p99value);
            out.printf(Locale.ROOT, "%-15s p50 %7.1f ms  p99 %7.1f ms  (%d requests after 10 warm-up ones; the first, cold: %.0f ms)%n",
                    figure, p50, p99value, REQUESTS, first);
        }
        double exportRate = export(workspace);
        out.printf(Locale.ROOT, "export: every post as CSV, %.0f posts/s%n", exportRate);
        out.printf(Locale.ROOT, "analytics_posts=%d volume_p99_ms=%.1f sov_p99_ms=%.1f terms_p99_ms=%.1f authors_p99_ms=%.1f "
                        + "pyramid_p99_ms=%.1f export_posts_per_s=%.0f%n", stored, p99.get("volume"), p99.get("share-of-voice"),
                p99.get("terms"), p99.get("authors"), p99.get("pyramid"), exportRate);
    }

    /** Varied requests: the whole workspace a quarter of the time, else a topic and/or a language, over 1 to 90 days. */
    private static Map<String, String> params(String figure, List<String> topics, Random random) {
        Map<String, String> p = new HashMap<>();
        Instant end = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        int days = new int[] {1, 7, 30, 90}[random.nextInt(4)];
        Instant to = end.minus(Duration.ofDays(random.nextInt(Math.max(1, 91 - days))));
        p.put("from", to.minus(Duration.ofDays(days)).toString());
        p.put("to", to.toString());
        p.put("tz", random.nextBoolean() ? "Europe/Paris" : "UTC");
        if (random.nextInt(4) > 0 && !figure.equals("share-of-voice") && !topics.isEmpty()) {
            p.put("topic", topics.get(random.nextInt(topics.size())));
        }
        if (random.nextInt(3) == 0) {
            p.put("lang", random.nextBoolean() ? "fr" : "en");
        }
        if (figure.equals("breakdown")) {
            p.put("by", List.of("network", "lang", "site", "intent", "sentiment", "topic").get(random.nextInt(6)));
        }
        return p;
    }

    private long build(String workspace) throws Exception {
        var index = comptoir.pipelines().get(comptoir.workspaces().createIfAbsent(workspace, workspace, null).name()).index();
        long existing = index.count(PostQuery.all());
        if (existing >= postCount) {
            out.printf(Locale.ROOT, "reusing workspace %s: %d posts%n", workspace, existing);
            return existing;
        }
        long started = System.nanoTime();
        DemoDataset first = new DemoDatasetGenerator(DemoDatasetGenerator.DEFAULT_SEED, LAST_DAY).generate();
        for (DemoTopic topic : first.topics()) {
            comptoir.topics().save(workspace, topic.name(), topic.query(), null);
        }
        Pipeline pipeline = comptoir.pipelines().get(workspace);
        long stored = existing;
        for (int round = 0; stored < postCount; round++) {
            List<Post> generated = round == 0 ? first.posts() : new DemoDatasetGenerator(DemoDatasetGenerator.DEFAULT_SEED + round, LAST_DAY)
                    .generate().posts();
            List<Post> batch = new ArrayList<>(Pipeline.PREFERRED_BATCH);
            for (Post post : generated) {
                if (stored + batch.size() >= postCount) {
                    break;
                }
                batch.add(round == 0 ? post : renumbered(post, round));
                if (batch.size() == Pipeline.PREFERRED_BATCH) {
                    stored += pipeline.process(batch).indexed();
                    batch = new ArrayList<>(Pipeline.PREFERRED_BATCH);
                }
            }
            stored += batch.isEmpty() ? 0 : pipeline.process(batch).indexed();
            pipeline.commit();
        }
        out.printf(Locale.ROOT, "built workspace %s: %d posts (enriched, %d topics) in %.0f s%n", workspace, stored,
                first.topics().size(), (System.nanoTime() - started) / 1e9);
        return stored;
    }

    private static Post renumbered(Post post, int round) {
        String suffix = "~" + round;
        return new Post(post.id() + suffix, post.network(), post.url(), post.author(), post.text(), post.title(), post.lang(),
                post.createdAt(), post.inReplyTo() == null ? null : post.inReplyTo() + suffix, post.metrics(), post.raw(), null);
    }

    /** Every post through the export's own code path (CSV, UTF-8, as the API writes it) into a stream that discards it. */
    private double export(String workspace) throws Exception {
        PostSearch.Request all = new PostSearch.Request(null, null, null, null, null, 1, null);
        long posts = comptoir.search().count(workspace, all);
        long start = System.nanoTime();
        comptoir.search().export(workspace, all, ExportFormat.CSV, new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(java.io.OutputStream.nullOutputStream(), java.nio.charset.StandardCharsets.UTF_8), 1 << 16));
        return posts / ((System.nanoTime() - start) / 1e9);
    }
}
