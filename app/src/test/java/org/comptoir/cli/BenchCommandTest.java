package org.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.comptoir.ingest.NativeJson;
import org.comptoir.post.Post;
import org.comptoir.query.QueryParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    private static final String LAST_LINE = "ingest_posts_per_s=\\d+ oneoff_posts_per_s=\\d+ opensearch_posts_per_s=\\d+ match_posts_per_s=\\d+ "
            + "monitor_posts_per_s=\\d+ match_vs_monitor=\\d+\\.\\d\\d ingest_vs_opensearch=\\d+\\.\\d\\d rss_mb=\\d+";
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
    }

    /** A tiny stand-in for shared/data/sentiment: three files, two languages, label TAB text. */
    private Path sentimentFixture() throws Exception {
        Path sentiment = Files.createDirectories(dir.resolve("data/sentiment"));
        String[] fr = {"la panne du train ce matin encore", "service client très lent aujourd'hui", "le train arrive enfin en gare",
                "grève des contrôleurs demain matin #grève", "super accueil au guichet de la gare", "retard du train pour Lyon"};
        String[] en = {"the train was late again this morning", "customer service never answers the phone", "great coffee at the station",
                "strike tomorrow morning for the drivers #strike", "the train finally arrived at the station", "late again, what a morning"};
        Files.writeString(sentiment.resolve("xlmt_fr_train.tsv"), tsv(fr, 0), StandardCharsets.UTF_8);
        Files.writeString(sentiment.resolve("xlmt_fr_val.tsv"), tsv(fr, 3), StandardCharsets.UTF_8);
        Files.writeString(sentiment.resolve("tweeteval_en_train.tsv"), tsv(en, 1), StandardCharsets.UTF_8);
        Files.writeString(sentiment.resolve("README.md"), "not a tsv\n");
        return dir.resolve("data");
    }

    private static String tsv(String[] texts, int shift) {
        StringBuilder tsv = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            tsv.append(i % 2 == 0 ? "positive" : "negative").append('\t').append(texts[(i + shift) % texts.length]).append('\n');
        }
        return tsv.append("neutral\t   \n").toString();
    }

    @Test
    void corpusWritesNativeJsonlAndTopicFilesTheSameEveryTime() throws Exception {
        Path data = sentimentFixture();
        assertThat(ComptoirMain.run("bench", "corpus", "--data", data.toString(), "--posts", "1000", "--out", dir.resolve("a").toString()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("18 source texts, 1000 posts written ({en=");
        assertThat(ComptoirMain.run("--data", data.toString(), "bench", "corpus", "--posts", "1000", "--out", dir.resolve("b").toString()))
                .isZero();
        for (String file : List.of("posts.jsonl", "topics-1000.txt", "topics-10000.txt")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file))).as(file).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
        List<String> lines = Files.readAllLines(dir.resolve("a/posts.jsonl"));
        assertThat(lines).hasSize(1000);
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (String line : lines) {
            Post post = NativeJson.read(line);
            ids.add(post.id());
            texts.add(post.lang() + ":" + post.text());
            assertThat(post.author().handle()).startsWith("user");
            assertThat(post.createdAt()).isBetween(Instant.parse("2026-08-03T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"));
        }
        assertThat(ids).hasSize(1000);
        assertThat(texts).as("fr train and val hold the same six texts").hasSize(12).contains("fr:la panne du train ce matin encore", "en:great coffee at the station");
        List<String> topics = Files.readAllLines(dir.resolve("a/topics-10000.txt"));
        assertThat(topics).hasSize(10_000).startsWith(Files.readAllLines(dir.resolve("a/topics-1000.txt")).toArray(String[]::new));
        for (String topic : topics.subList(0, 200)) {
            QueryParser.parse(topic);
        }
        assertThat(topics.subList(0, 10)).anyMatch(t -> t.contains(" AND ")).anyMatch(t -> t.endsWith("\"~5"))
                .anyMatch(t -> t.contains(" AND NOT ")).anyMatch(t -> t.contains("* AND ")).anyMatch(t -> t.contains(" NEAR/5 "))
                .anyMatch(t -> t.startsWith("#")).anyMatch(t -> t.matches("\"[^\"]+\""));
        assertThat(topics.subList(0, 20)).anyMatch(t -> t.endsWith("lang:en")).anyMatch(t -> t.endsWith("lang:fr"));
    }

    @Test
    void corpusNeedsTheSentimentFolder() {
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(ComptoirMain.run("bench", "corpus", "--data", dir.toString(), "--out", dir.resolve("c").toString())).isEqualTo(2);
    }

    @Test
    void ingestReadsAPostsFileAndATopicsFileAndSaysThePeerNeedsTheBenchmarksModule() throws Exception {
        Path data = sentimentFixture();
        assertThat(ComptoirMain.run("bench", "corpus", "--data", data.toString(), "--posts", "1000", "--out", dir.resolve("corpus").toString()))
                .isZero();
        Path topics = dir.resolve("topics.txt");
        Files.write(topics, List.of("train AND matin", "\"the train\"", "", "late NEAR/5 morning", "#grève OR #strike", "(station OR gare) lang:en"));
        out.reset();
        assertThat(ComptoirMain.run("--data", dir.resolve("work").toString(), "bench", "ingest", "--posts-file",
                dir.resolve("corpus/posts.jsonl").toString(), "--topics-file", topics.toString(), "--no-enrich", "--exec-jar",
                dir.resolve("missing.jar").toString())).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("posts=1000 topics=5 cores=");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("second import, same JVM (measured): imported 1000 posts"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("matching, 5 topics, 1 thread(s), batches of 4000: TopicMatcher"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("matches (5 topics): TopicMatcher").endsWith("(same)"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("one-off import: skipped (no executable jar"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("OpenSearch peer: not available in this jar")
                .contains("benchmarks module"));
        assertThat(lines.get(lines.size() - 1)).matches(LAST_LINE).contains(" oneoff_posts_per_s=0 opensearch_posts_per_s=0 ")
                .contains(" ingest_vs_opensearch=0.00 ");
    }

    @Test
    void ingestRefusesAMissingPostsFile() {
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(ComptoirMain.run("--data", dir.toString(), "bench", "ingest", "--posts-file", dir.resolve("none.jsonl").toString()))
                .isEqualTo(2);
    }
}
