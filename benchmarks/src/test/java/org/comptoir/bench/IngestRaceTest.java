package org.comptoir.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comptoir.cli.ComptoirMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole race in one process, as the launcher runs it: the OpenSearch peer is found on this module's class path. */
class IngestRaceTest {
    @TempDir
    Path dir;

    @Test
    void benchIngestRacesTheOpenSearchPeerAndPrintsTheContractLastLine() throws Exception {
        Path jar = Path.of("../app/target/comptoir-exec.jar").toAbsolutePath().normalize();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = ComptoirMain.run("--data", dir.resolve("data").toString(), "bench", "ingest", "--posts", "300", "--topics", "24",
                    "--no-enrich", "--exec-jar", jar.toString());
        } finally {
            System.setOut(original);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(code).as(String.join("\n", lines)).isZero();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("OpenSearch 2.19.1: 24 topics as percolator queries (0 not expressible)"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("agreement with TopicMatcher: ")
                .contains(" 0 only by Comptoir, 0 only by the peer (0 topics differ), 0 topics left out"));
        String last = lines.get(lines.size() - 1);
        assertThat(last).matches("ingest_posts_per_s=\\d+ oneoff_posts_per_s=\\d+ opensearch_posts_per_s=[1-9]\\d* match_posts_per_s=\\d+ "
                + "monitor_posts_per_s=\\d+ match_vs_monitor=\\d+\\.\\d\\d ingest_vs_opensearch=\\d+\\.\\d\\d rss_mb=[1-9]\\d*");
        if (Files.isRegularFile(jar)) {
            // the executable jar is built by `package` of the app module, before this module's tests in a reactor build
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("one-off import in a fresh JVM (`java ")
                    .contains(": 300 of 300 posts in "));
            assertThat(last).doesNotContain("oneoff_posts_per_s=0 ");
        } else {
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("one-off import: skipped (no executable jar"));
        }
    }
}
