package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.comptoir.testing.TestPosts.jsonl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.comptoir.Comptoir;
import org.comptoir.store.PostQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
    @TempDir
    Path dir;

    @Test
    void badRecordsAreQuarantinedAndTheRestIsImportedOnce() throws Exception {
        Path file = dir.resolve("posts.jsonl");
        Files.writeString(file, String.join("\n",
                jsonl("m:1", "Bonjour le comptoir", "fr", "2026-03-01T10:00:00Z"),
                "{not json",
                "{\"id\":\"m:2\",\"network\":\"mastodon\",\"text\":\"sans date\"}",
                jsonl("m:3", "Encore une panne", "fr", "2026-03-01T11:00:00Z"),
                jsonl("m:3", "Encore une panne", "fr", "2026-03-01T11:00:00Z")) + "\n", StandardCharsets.UTF_8);
        try (Comptoir comptoir = Comptoir.open(dir.resolve("data"))) {
            String ws = "default";
            List<ImportSummary> progress = new ArrayList<>();
            ImportSummary first = comptoir.importer().importFile(ws, file, null, null, progress::add);
            assertThat(first.line()).isEqualTo("imported 2, duplicates 1, quarantined 2");
            assertThat(progress).last().isEqualTo(first);

            ImportSummary again = comptoir.importer().importFile(ws, file, null, null, null);
            assertThat(again.line()).isEqualTo("imported 0, duplicates 3, quarantined 2");
            assertThat(comptoir.pipelines().get(ws).index().count(PostQuery.all())).isEqualTo(2);

            List<QuarantineRepository.QuarantinedRecord> quarantined = comptoir.quarantine().list(ws, 10);
            assertThat(quarantined).hasSize(2);
            assertThat(quarantined).extracting(QuarantineRepository.QuarantinedRecord::line).containsExactlyInAnyOrder(2L, 3L);
            assertThat(quarantined).allSatisfy(r -> assertThat(r.source()).isEqualTo("posts.jsonl"));
            assertThat(quarantined).anySatisfy(r -> assertThat(new String(r.raw(), StandardCharsets.UTF_8)).isEqualTo("{not json"));
            assertThat(quarantined).anySatisfy(r -> assertThat(r.reason()).contains("created_at"));
        }
    }

    @Test
    void aMissingFileIsAClearFailure() {
        try (Comptoir comptoir = Comptoir.open(dir.resolve("data"))) {
            assertThatThrownBy(() -> comptoir.importer().importFile("default", dir.resolve("nope.jsonl"), null, null, null))
                    .isInstanceOf(Importer.ImportFailure.class).hasMessageContaining("nope.jsonl").hasMessageContaining("no such file");
        }
    }
}
