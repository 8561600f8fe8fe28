package org.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code comptoir source …} on a data directory (the local backend; the remote one goes through the tested API). */
class SourceCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        String[] full = new String[args.length + 2];
        full[0] = "--data";
        full[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, full, 2, args.length);
        return ComptoirMain.run(full);
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void addListShowPauseResumeAndRemoveSources() {
        assertThat(run("source", "add", "webhook", "--name", "crm")).isZero();
        String secret = lines().get(lines().size() - 1);
        assertThat(secret).as("the webhook secret, printed once as the last line").matches("[0-9a-f]{64}");
        assertThat(run("source", "add", "rss", "https://blog-du-rail.fr/feed/", "--every", "10m")).isZero();
        assertThat(lines().get(0)).contains("'rss blog-du-rail.fr/feed' added (rss, every 10m)");
        assertThat(run("source", "add", "mastodon", "https://piaille.fr", "--timeline", "tag:fournil", "--name", "piaille")).isZero();

        assertThat(run("source", "list")).isZero();
        assertThat(lines()).hasSize(4);
        assertThat(String.join("\n", lines())).contains("pending").contains("crm").contains("piaille").contains("rss blog-du-rail.fr/feed");

        assertThat(run("source", "show", "crm")).isZero();
        String shown = String.join("\n", lines());
        assertThat(shown).contains("\"secrets_set\" : [ \"secret\" ]").contains("\"state\" : \"pending\"").doesNotContain(secret);

        assertThat(run("source", "pause", "piaille")).isZero();
        assertThat(lines().get(0)).endsWith("'piaille' paused");
        assertThat(run("source", "resume", "piaille")).isZero();
        assertThat(lines().get(0)).endsWith("'piaille' pending");

        assertThat(run("source", "rm", "crm")).isZero();
        run("source", "list");
        assertThat(lines()).hasSize(3).noneMatch(line -> line.contains("crm"));
    }

    @Test
    void badInputIsAClearErrorAndAddsNothing() {
        assertThat(run("source", "add", "rss")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("rss source needs 'url'");
        assertThat(run("source", "add", "rss", "https://blog.example/feed", "--every", "200ms")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 1s");
        assertThat(run("source", "add", "friendster", "https://x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown source type 'friendster'");
        assertThat(run("source", "pause", "nothing")).isEqualTo(2);
        run("source", "list");
        assertThat(lines()).hasSize(1);
    }

    @Test
    void benchJetstreamDecodesOnlyWhatTheTopicsMayMatchAndPrintsTheContractLastLine() throws Exception {
        Path events = Path.of(getClass().getResource("/connector/jetstream-mix.jsonl").toURI());
        assertThat(run("bench", "jetstream", "--events", events.toString(), "--passes", "1", "--topic", "train OR gare")).isZero();
        List<String> lines = lines();
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("per pass: 4000 events, (\\d+) post creations .*"));
        String perPass = lines.stream().filter(line -> line.startsWith("per pass")).findFirst().orElseThrow();
        long kept = Long.parseLong(perPass.replaceAll(".*events, (\\d+) post creations.*", "$1"));
        long decoded = Long.parseLong(perPass.replaceAll(".*, (\\d+) decoded.*", "$1"));
        long postCreations = java.nio.file.Files.readAllLines(events).stream()
                .filter(line -> line.contains("\"collection\":\"app.bsky.feed.post\"") && line.contains("\"operation\":\"create\"")).count();
        assertThat(kept).as("the prefilter drops most post creations").isPositive().isLessThan(postCreations);
        assertThat(decoded).isEqualTo(kept);
        assertThat(lines.get(lines.size() - 1)).matches("jetstream_events_per_s=\\d+");
        assertThat(run("bench", "jetstream", "--events", dir.resolve("missing.jsonl").toString())).isEqualTo(2);
    }
}
