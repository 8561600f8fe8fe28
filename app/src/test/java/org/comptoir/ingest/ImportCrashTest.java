package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.testing.TestPosts.jsonl;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comptoir.Comptoir;
import org.comptoir.store.PostQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM with SIGKILL in the middle of an import: every post it reported as imported
 * (durable commit) must still be there, and re-running the import yields exactly the whole file.
 */
class ImportCrashTest {
    private static final int POSTS = 48_000;
    private static final Pattern COMMITTED = Pattern.compile("committed: imported (\\d+),");

    @TempDir
    Path dir;

    @Test
    void sigkillMidImportLosesNoCountedPostAndReimportGivesExactlyTheFile() throws Exception {
        Path file = dir.resolve("big.jsonl");
        List<String> ids = new ArrayList<>();
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < POSTS; i++) {
                String id = "x:" + i;
                ids.add(id);
                writer.write(jsonl(id, "Message numéro " + i + " sur la panne #" + (i % 50), i % 3 == 0 ? "en" : "fr",
                        "2026-03-01T10:00:00Z"));
                writer.newLine();
            }
        }
        Path data = dir.resolve("data");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.comptoir.cli.ComptoirMain",
                "--data", data.toString(), "import", "--progress", file.toString())
                .redirectErrorStream(true).start();
        AtomicLong lastCounted = new AtomicLong(-1);
        int commitsSeen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher matcher = COMMITTED.matcher(line);
                if (matcher.find()) {
                    lastCounted.set(Long.parseLong(matcher.group(1)));
                    if (++commitsSeen == 2) {
                        child.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no close
                        break;
                    }
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(lastCounted.get()).as("the child reported durable commits before it was killed").isPositive();
        assertThat(lastCounted.get()).as("the child was killed before the end").isLessThan(POSTS);

        try (Comptoir comptoir = Comptoir.open(data)) {
            String ws = "default";
            long afterCrash = comptoir.pipelines().get(ws).index().count(PostQuery.all());
            assertThat(afterCrash).as("every post counted before the kill survived it").isGreaterThanOrEqualTo(lastCounted.get());

            ImportSummary rerun = comptoir.importer().importFile(ws, file, null, null, null);
            assertThat(rerun.imported() + rerun.duplicates()).isEqualTo(POSTS);
            assertThat(rerun.duplicates()).isEqualTo(afterCrash);
            assertThat(comptoir.pipelines().get(ws).index().count(PostQuery.all())).isEqualTo(POSTS);
            assertThat(comptoir.pipelines().get(ws).index().existingIds(ids)).hasSize(POSTS);
        }
    }
}
