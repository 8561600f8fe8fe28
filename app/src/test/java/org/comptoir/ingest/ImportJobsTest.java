package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.testing.TestPosts.jsonl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comptoir.Comptoir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportJobsTest {
    @TempDir
    Path dir;

    private static ImportJob awaitEnd(ImportJob job, List<Long> observedImported) throws InterruptedException {
        for (int i = 0; i < 60_000 && !job.finished(); i++) {
            long imported = job.counts().imported();
            if (observedImported.isEmpty() || observedImported.get(observedImported.size() - 1) != imported) {
                observedImported.add(imported);
            }
            Thread.sleep(1);
        }
        assertThat(job.finished()).as("the import ends").isTrue();
        return job;
    }

    private Path upload(ImportJobs jobs, String content) throws Exception {
        Path file = jobs.newUploadFile();
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aJobCountsWhatEachCommitMadeDurableThenHoldsTheSummaryAndDeletesItsFile() throws Exception {
        StringBuilder posts = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            posts.append(jsonl("m:" + i, "Message " + i, "fr", "2026-03-01T10:00:00Z")).append('\n');
        }
        posts.append("{not json\n");
        try (Comptoir comptoir = Comptoir.open(dir.resolve("data"));
             ImportJobs jobs = new ImportJobs(comptoir.importer(), dir.resolve("data/imports"), Clock.systemUTC())) {
            comptoir.workspaces().create("brand", "Brand", null);
            Path file = upload(jobs, posts.toString());
            long size = Files.size(file);
            ImportJob job = jobs.start("brand", file, "posts.jsonl", null, ImportOptions.defaults());
            assertThat(job.size()).isEqualTo(size);
            List<Long> observed = new ArrayList<>();
            awaitEnd(job, observed);

            assertThat(job.state()).isEqualTo(ImportJob.State.DONE);
            assertThat(job.format()).as("detected").isEqualTo(ImportFormat.JSONL);
            assertThat(job.counts().line()).isEqualTo("imported 40000, duplicates 0, quarantined 1");
            assertThat(job.recordsRead()).isEqualTo(40_001);
            assertThat(job.percent()).isEqualTo(100);
            assertThat(job.bytesRead()).isEqualTo(job.size());
            assertThat(observed).as("counts only move forward, in steps of a commit").isSorted()
                    .allSatisfy(n -> assertThat(n % 16_000 == 0 || n == 40_000).isTrue());
            assertThat(Files.exists(file)).as("the upload is deleted once imported").isFalse();
            assertThat(comptoir.quarantine().listByImport("brand", job.id(), 10)).singleElement()
                    .satisfies(r -> assertThat(r.line()).isEqualTo(40_001));
            assertThat(jobs.find("brand", job.id())).containsSame(job);
            assertThat(jobs.find("other", job.id())).as("a job belongs to its workspace").isEmpty();
        }
    }

    @Test
    void theProgressIsTheCommittedShareOfTheRecordsTheFileIsEstimatedToHold() {
        ImportJob job = new ImportJob("j1", "brand", "posts.jsonl", ImportFormat.JSONL, 1_000, "marie", java.time.Instant.EPOCH);
        assertThat(job.percent()).isZero();
        for (int i = 0; i < 10; i++) {
            job.recordRead();
        }
        job.read(500);
        assertThat(job.percent()).as("nothing committed yet, though half the file is read").isZero();
        job.committed(new ImportSummary(4, 0, 1));
        assertThat(job.recordsRead()).isEqualTo(10);
        assertThat(job.recordsCommitted()).isEqualTo(5);
        assertThat(job.percent()).as("5 of about 20 records").isEqualTo(25);
        job.read(1_000);
        job.committed(new ImportSummary(9, 0, 1));
        assertThat(job.percent()).as("never 100 before the end").isEqualTo(99);
        job.done(new ImportSummary(9, 0, 1), java.time.Instant.EPOCH);
        assertThat(job.percent()).isEqualTo(100);
        assertThat(job.state()).isEqualTo(ImportJob.State.DONE);
    }

    @Test
    void reImportingTagsTheSameQuarantinedRecordsWithTheNewImport() throws Exception {
        String content = jsonl("m:1", "Bonjour", "fr", "2026-03-01T10:00:00Z") + "\n{not json\n";
        try (Comptoir comptoir = Comptoir.open(dir.resolve("data"));
             ImportJobs jobs = new ImportJobs(comptoir.importer(), dir.resolve("data/imports"), Clock.systemUTC())) {
            comptoir.workspaces().create("brand", "Brand", null);
            ImportJob first = awaitEnd(jobs.start("brand", upload(jobs, content), "p.jsonl", null, null), new ArrayList<>());
            ImportJob second = awaitEnd(jobs.start("brand", upload(jobs, content), "p.jsonl", null, null), new ArrayList<>());
            assertThat(second.counts().line()).isEqualTo("imported 0, duplicates 1, quarantined 1");
            assertThat(comptoir.quarantine().countByImport("brand", second.id())).isEqualTo(1);
            assertThat(comptoir.quarantine().count("brand")).as("still one row").isEqualTo(1);
            assertThat(jobs.recent("brand")).containsExactly(second, first);
        }
    }

    @Test
    void onlyTheLastJobsOfAWorkspaceAreKept() throws Exception {
        try (Comptoir comptoir = Comptoir.open(dir.resolve("data"));
             ImportJobs jobs = new ImportJobs(comptoir.importer(), dir.resolve("data/imports"), Clock.systemUTC(), 4)) {
            comptoir.workspaces().create("brand", "Brand", null);
            List<ImportJob> started = new ArrayList<>();
            for (int i = 0; i < 4 + 3; i++) {
                started.add(awaitEnd(jobs.start("brand", upload(jobs, jsonl("m:" + i, "Bonjour", "fr", "2026-03-01T10:00:00Z") + "\n"),
                        "p" + i + ".jsonl", null, null), new ArrayList<>()));
            }
            assertThat(jobs.recent("brand")).hasSize(4)
                    .first().isSameAs(started.get(started.size() - 1));
            assertThat(jobs.find("brand", started.get(2).id())).isEmpty();
            assertThat(jobs.find("brand", started.get(3).id())).isPresent();
        }
    }

    @Test
    void aFileThatIsNoKnownFormatFailsWithTheReason() throws Exception {
        try (Comptoir comptoir = Comptoir.open(dir.resolve("data"));
             ImportJobs jobs = new ImportJobs(comptoir.importer(), dir.resolve("data/imports"), Clock.systemUTC())) {
            comptoir.workspaces().create("brand", "Brand", null);
            ImportJob job = awaitEnd(jobs.start("brand", upload(jobs, "just some words"), "notes.txt", null, null), new ArrayList<>());
            assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
            assertThat(job.failure()).contains("notes.txt").contains("just some words");
        }
    }

    @Test
    void aCsvMappingIsAppliedByTheImport() throws Exception {
        String csv = "Identifiant;Réseau;Message;Quand\n1;facebook;Bonjour;2026-03-01\n";
        try (Comptoir comptoir = Comptoir.open(dir.resolve("data"));
             ImportJobs jobs = new ImportJobs(comptoir.importer(), dir.resolve("data/imports"), Clock.systemUTC())) {
            comptoir.workspaces().create("brand", "Brand", null);
            ImportOptions options = ColumnMapping.of(List.of("Identifiant", "Réseau", "Message", "Quand"),
                    Map.of("Quand", "created_at"), true).options();
            ImportJob job = awaitEnd(jobs.start("brand", upload(jobs, csv), "e.csv", ImportFormat.CSV, options), new ArrayList<>());
            assertThat(job.counts().line()).isEqualTo("imported 1, duplicates 0, quarantined 0");
        }
    }
}
