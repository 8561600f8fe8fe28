package org.comptoir.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.comptoir.ingest.NativeJson;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;

/**
 * A real-text corpus for {@code bench ingest}: the tweets of {@code sentiment/*_train.tsv} and {@code *_val.tsv}
 * (TSV: label, tab, text; the language is the file name's {@code _xx_} part) shuffled with a fixed seed and cycled
 * to N posts with distinct ids, authors drawn from a fixed-seed heavy-tailed distribution, times spread over 90 days;
 * written as native JSONL ({@code posts.jsonl}) with {@code topics-1000.txt} and {@code topics-10000.txt} (one
 * query per line, from {@link CorpusTopics}). Same input, same output, byte for byte.
 */
final class BenchCorpus {
    static final Instant LAST = Instant.parse("2026-11-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(90);
    private static final Pattern FILE = Pattern.compile("(?:^|_)([a-z]{2})_(?:train|val)\\.tsv$");
    private static final long SEED = 8;
    private static final int AUTHORS = 25_000;

    /** One line of the source files: its text and the language of its file. */
    record Text(String text, String lang) {
    }

    private BenchCorpus() {
    }

    /** Writes the corpus; returns the number of posts written. */
    static int write(Path sentimentDir, int postCount, Path out, java.io.PrintStream log) throws IOException {
        List<Text> texts = read(sentimentDir);
        if (texts.isEmpty()) {
            throw new IOException("no *_train.tsv or *_val.tsv with text in " + sentimentDir);
        }
        List<Post> posts = posts(texts, postCount);
        Files.createDirectories(out);
        try (BufferedWriter writer = Files.newBufferedWriter(out.resolve("posts.jsonl"), StandardCharsets.UTF_8)) {
            for (Post post : posts) {
                writer.write(NativeJson.write(post, List.of()));
                writer.write('\n');
            }
        }
        List<String> topics = CorpusTopics.generate(posts, 10_000, new Random(SEED));
        Files.write(out.resolve("topics-10000.txt"), topics, StandardCharsets.UTF_8);
        Files.write(out.resolve("topics-1000.txt"), topics.subList(0, 1_000), StandardCharsets.UTF_8);
        Map<String, Integer> perLang = new java.util.TreeMap<>();
        posts.forEach(p -> perLang.merge(p.lang(), 1, Integer::sum));
        log.printf(Locale.ROOT, "%d source texts, %d posts written (%s), 1,000 and 10,000 topics, in %s%n", texts.size(), posts.size(),
                perLang, out);
        return posts.size();
    }

    /** The texts of every {@code *_train.tsv} and {@code *_val.tsv}, files in name order, lines in file order. */
    static List<Text> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> FILE.matcher(p.getFileName().toString()).find()).sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
        List<Text> texts = new ArrayList<>();
        for (Path file : files) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            m.find();
            String lang = m.group(1);
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                String text = (tab >= 0 ? line.substring(tab + 1) : line).strip();
                if (!text.isEmpty()) {
                    texts.add(new Text(text, lang));
                }
            }
        }
        return texts;
    }

    /** N posts: the texts shuffled once (fixed seed) and cycled, each with its own id, author and time. */
    static List<Post> posts(List<Text> texts, int count) {
        Random random = new Random(SEED);
        List<Text> order = new ArrayList<>(texts);
        Collections.shuffle(order, random);
        long[] followers = new long[AUTHORS];
        for (int a = 0; a < AUTHORS; a++) {
            followers[a] = Math.round(Math.exp(random.nextGaussian() * 1.8 + 5)); // log-normal, median ≈ 150
        }
        long spanMillis = SPAN.toMillis();
        long start = LAST.toEpochMilli() - spanMillis;
        List<Post> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Text text = order.get(i % order.size());
            // heavy-tailed: a few authors write a lot, most write once or twice
            int a = (int) Math.min(AUTHORS - 1, Math.floor(Math.pow(random.nextDouble(), 2.5) * AUTHORS));
            Author author = new Author("u" + a, "user" + a, "User " + a, followers[a]);
            long millis = start + (long) ((double) i / count * spanMillis) + random.nextInt(60_000);
            Metrics metrics = new Metrics(random.nextInt(20), random.nextInt(5), random.nextInt(4));
            posts.add(new Post("x:" + (1_000_000 + i), Network.X, null, author, text.text(), null, text.lang(),
                    Instant.ofEpochMilli(Math.min(millis, LAST.toEpochMilli() - 1)), null, metrics, null, null));
        }
        return posts;
    }
}
