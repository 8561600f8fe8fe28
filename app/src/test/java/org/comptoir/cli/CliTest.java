package org.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.testing.TestPosts.jsonl;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
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

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void alertsReplayPrintsOneJsonLinePerAlertWithItsEpisodeAndExplanation() throws Exception {
        assertThat(run("workspace", "create", "w")).isZero();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            lines.append(jsonl("b:" + i, "Encore une panne #boycott numéro " + i, "fr", "2026-03-01T10:" + String.format("%02d", i * 2) + ":00Z"))
                    .append("\n");
        }
        Path file = dir.resolve("spike.jsonl");
        Files.writeString(file, lines.toString());
        assertThat(run("--workspace", "w", "import", file.toString())).isZero();
        assertThat(run("--workspace", "w", "topic", "add", "pannes", "#boycott")).isZero();
        assertThat(run("--workspace", "w", "alerts", "replay", "--from", "2026-02-20", "--to", "2026-03-05")).as(err()).isZero();
        List<String> printed = out().lines().toList();
        assertThat(printed).hasSize(1);
        JsonNode alert = JsonMapper.builder().build().readTree(printed.get(0));
        assertThat(alert.path("rule").asString()).isEqualTo("pannes — volume");
        assertThat(alert.path("start").asString()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(alert.path("peak").asString()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(alert.path("end").asString()).isEqualTo("2026-03-01T11:00:00Z");
        assertThat(alert.path("explanation").path("observed").asLong()).isEqualTo(25);
        assertThat(alert.path("explanation").path("verbatims").size()).isPositive();
        assertThat(run("--workspace", "w", "alerts", "rules")).isZero();
        assertThat(out()).isEmpty();
        assertThat(run("--workspace", "w", "alerts", "nonsense")).isEqualTo(2);
        assertThat(err()).contains("use replay, rules or list");
    }

    @Test
    void importTopicsAndSearchWorkTogether() throws Exception {
        Path file = dir.resolve("posts.jsonl");
        Files.writeString(file, jsonl("m:1", "Encore une panne de la box #boycott", "fr", "2026-03-01T10:00:00Z") + "\n"
                + jsonl("m:2", "Great coffee at the café", "en", "2026-03-02T10:00:00Z") + "\n"
                + "{broken\n");
        assertThat(run("import", file.toString())).isZero();
        assertThat(out()).isEqualTo("imported 2, duplicates 0, quarantined 1\n");
        assertThat(run("import", file.toString())).isZero();
        assertThat(out()).isEqualTo("imported 0, duplicates 2, quarantined 1\n");

        assertThat(run("topic", "add", "pannes", "panne OR #boycott")).isZero();
        assertThat(out()).contains("1 matching posts");
        assertThat(run("topic", "list")).isZero();
        assertThat(out()).contains("pannes").contains("panne OR #boycott");

        assertThat(run("search", "--count", "cafe")).isZero();
        assertThat(out().strip()).isEqualTo("1");
        assertThat(run("search", "--count")).isZero();
        assertThat(out().strip()).isEqualTo("2");
        assertThat(run("search", "--topic", "pannes", "--format", "jsonl")).isZero();
        assertThat(out()).contains("\"id\":\"m:1\"").contains("\"topics\":[\"pannes\"]").doesNotContain("m:2");
        assertThat(run("search", "--lang", "en", "--format", "jsonl", "*")).isZero();
        assertThat(out().lines()).hasSize(1).allSatisfy(line -> assertThat(line).contains("\"id\":\"m:2\""));
        assertThat(run("search", "--from", "2026-03-02", "--count")).isZero();
        assertThat(out().strip()).isEqualTo("1");

        assertThat(run("quarantine", "list")).isZero();
        assertThat(out()).contains("posts.jsonl:3").contains("1 quarantined record(s)");

        assertThat(run("topic", "rm", "pannes")).isZero();
        assertThat(run("search", "--topic", "pannes", "--count")).isEqualTo(2);
        assertThat(err()).contains("unknown topic 'pannes'");
    }

    @Test
    void aBadQueryExitsNonZeroWithItsColumn() {
        assertThat(run("search", "(panne OR")).isEqualTo(2);
        assertThat(err()).contains("column");
        assertThat(run("topic", "lint", "café AND (retard")).isEqualTo(2);
        assertThat(err()).contains("column");
        assertThat(out()).contains("^");
        assertThat(run("topic", "lint", "\"service client\" NEAR/5 panne*")).isZero();
        assertThat(out().strip()).isEqualTo("ok");
    }

    @Test
    void aMissingFileOrUnknownFormatIsAClearError() throws Exception {
        assertThat(run("import", dir.resolve("absent.jsonl").toString())).isNotZero();
        assertThat(err()).contains("absent.jsonl").contains("no such file");
        Path binary = dir.resolve("photo.bin");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
        assertThat(run("import", binary.toString())).isNotZero();
        assertThat(err()).contains("photo.bin");
        assertThat(run("import", "--format", "docx", binary.toString())).isEqualTo(2);
        assertThat(err()).contains("unknown format 'docx'")
                .contains("accepted: jsonl, csv, xlsx, x (x-v2, twitter), mastodon, bluesky (jetstream), rss (atom, feed)");
    }

    @Test
    void importHelpListsTheFormatNamesAndNetworkImportsAFileWithoutNetworkColumn() throws Exception {
        assertThat(run("import", "--help")).isZero();
        assertThat(out()).contains("--format").contains("jsonl, csv, xlsx, x (aliases x-v2, twitter)")
                .contains("bluesky (alias jetstream)").contains("rss, atom").contains("--network").contains("--progress");

        Path file = dir.resolve("sans-reseau.csv");
        Files.writeString(file, "id;text;created_at\n1;Bonjour;2026-03-01T10:00:00Z\n2;Salut;2026-03-01T11:00:00Z\n");
        assertThat(run("import", file.toString())).isZero();
        assertThat(out()).isEqualTo("imported 0, duplicates 0, quarantined 1\n");
        assertThat(run("import", "--network", "facebook", "--format", "CSV", "--progress", file.toString())).isZero();
        assertThat(out()).isEqualTo("imported 2, duplicates 0, quarantined 0\n");
        assertThat(err()).contains("committed: imported 2, duplicates 0, quarantined 0");

        Path page = dir.resolve("page.json");
        Files.writeString(page, "{\"data\":[{\"id\":\"1460323737035677698\",\"text\":\"hello\"}],\"meta\":{\"result_count\":1}}");
        assertThat(run("import", "--format", "twitter", page.toString())).isZero();
        assertThat(out()).isEqualTo("imported 1, duplicates 0, quarantined 0\n");
        assertThat(run("search", "--format", "jsonl", "hello")).isZero();
        assertThat(out()).contains("\"id\":\"x:1460323737035677698\"").contains("\"created_at\":\"2021-11-15T19:08:05.069Z\"");
    }

    @Test
    void benchIngestPrintsItsFiguresAndTheContractLastLine() {
        assertThat(run("bench", "ingest", "--posts", "600", "--topics", "20")).isZero();
        java.util.List<String> lines = out().lines().toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("first import in a fresh JVM")
                .contains("imported 600 posts"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("matches (20 topics): TopicMatcher").endsWith("(same)"));
        assertThat(lines.get(lines.size() - 1)).matches("ingest_posts_per_s=\\d+ oneoff_posts_per_s=\\d+ opensearch_posts_per_s=\\d+ "
                + "match_posts_per_s=\\d+ monitor_posts_per_s=\\d+ match_vs_monitor=\\d+\\.\\d\\d ingest_vs_opensearch=\\d+\\.\\d\\d rss_mb=\\d+");
    }

    private int runWithInput(String input, String... args) {
        java.io.InputStream original = System.in;
        System.setIn(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void usersRolesTokensAndWorkspacesAreManagedOfflineAndAudited() throws Exception {
        assertThat(run("workspace", "create", "brand-a", "--label", "Brand A")).isZero();
        assertThat(run("workspace", "create", "brand-a")).isEqualTo(2);
        assertThat(err()).contains("already exists");
        assertThat(runWithInput("s3cret-password\n", "user", "add", "marie")).isZero();
        assertThat(out()).contains("user 'marie' created");
        assertThat(runWithInput("short\n", "user", "add", "paul")).isEqualTo(2);
        assertThat(err()).contains("at least 8 characters");
        assertThat(run("user", "grant", "marie", "brand-a", "manager")).isZero();
        assertThat(run("user", "grant", "marie", "nowhere", "viewer")).isEqualTo(2);
        assertThat(err()).contains("no workspace 'nowhere'");
        assertThat(run("user", "grant", "marie", "brand-a", "owner")).isEqualTo(2);
        assertThat(err()).contains("unknown role 'owner'");
        assertThat(run("user", "list")).isZero();
        assertThat(out()).contains("marie").contains("brand-a=manager");

        assertThat(run("token", "create", "--user", "marie", "--name", "ci", "--expires", "30")).isZero();
        java.util.List<String> lines = out().lines().toList();
        String token = lines.get(lines.size() - 1);
        assertThat(token).as("the token is the last line").matches("cpt_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        assertThat(run("token", "list", "--user", "marie")).isZero();
        assertThat(out()).contains(token.substring(4, 20)).contains("ci").doesNotContain(token);
        assertThat(run("token", "revoke", "--user", "marie", token.substring(4, 20))).isZero();
        assertThat(run("token", "list", "--user", "marie")).isZero();
        assertThat(out()).contains("revoked");

        assertThat(runWithInput("another-password\n", "user", "passwd", "marie")).isZero();
        assertThat(run("user", "rm", "marie")).isZero();
        assertThat(run("audit", "--all")).isZero();
        String audit = out();
        String me = "cli:" + System.getProperty("user.name");
        assertThat(audit).startsWith("at,actor,address,workspace,action,target,detail")
                .contains("\"" + me + "\"").contains("\"workspace_created\"").contains("\"user_added\"")
                .contains("\"role_granted\"").contains("\"token_created\"").contains("\"token_revoked\"")
                .contains("\"password_changed\"").contains("\"user_removed\"");
        assertThat(audit).doesNotContain("s3cret-password").doesNotContain(token);
    }

    @Test
    void commandsRefuseAWorkspaceThatDoesNotExistAndCreateNothing() {
        assertThat(run("--workspace", "ghost", "search", "--count")).isEqualTo(2);
        assertThat(err()).contains("no workspace 'ghost'").contains("comptoir workspace create ghost");
        assertThat(run("--workspace", "ghost", "topic", "add", "t", "panne")).isEqualTo(2);
        assertThat(run("workspace", "list")).isZero();
        assertThat(out()).contains("default").doesNotContain("ghost");
        assertThat(dir.resolve("data").resolve("workspaces").resolve("ghost")).doesNotExist();
    }

    @Test
    void analyticsAndExportPrintTheFiguresAndEveryPost() throws Exception {
        Path file = dir.resolve("posts.jsonl");
        Files.writeString(file, jsonl("m:1", "Encore une panne, \"vraiment\" #boycott", "fr", "2026-03-01T10:00:00Z") + "\n"
                + jsonl("m:2", "=HYPERLINK(\"x\") great coffee", "en", "2026-03-02T10:00:00Z") + "\n"
                + jsonl("m:3", "Panne encore #boycott", "fr", "2026-03-02T11:00:00Z") + "\n");
        assertThat(run("import", file.toString())).isZero();
        assertThat(run("analytics", "volume", "--from", "2026-03-01", "--to", "2026-03-03", "--tz", "UTC", "--format", "csv")).isZero();
        List<String> volume = out().lines().toList();
        assertThat(volume).hasSize(3);
        assertThat(volume.get(0)).isEqualTo("start,count,negative,neutral,positive,net_sentiment");
        assertThat(volume.get(1)).startsWith("2026-03-01T00:00:00Z,1,");
        assertThat(volume.get(2)).startsWith("2026-03-02T00:00:00Z,2,");
        for (String row : volume.subList(1, 3)) {
            String[] cells = row.split(",");
            assertThat(Long.parseLong(cells[2]) + Long.parseLong(cells[3]) + Long.parseLong(cells[4]))
                    .as("every imported post is analysed").isEqualTo(Long.parseLong(cells[1]));
        }
        assertThat(run("analytics", "breakdown", "--by", "lang", "--from", "2026-03-01", "--to", "2026-03-03", "--format", "jsonl")).isZero();
        assertThat(out().lines()).hasSize(2).first().asString().contains("\"value\":\"fr\"").contains("\"count\":2");
        assertThat(run("analytics", "volume", "--from", "2026-03-01", "--to", "2026-03-03", "--tz", "Mars/Olympus")).isEqualTo(2);
        assertThat(err()).contains("unknown time zone 'Mars/Olympus'");
        assertThat(run("analytics", "volume", "--from", "2026-03-01", "--to", "2026-03-03", "(panne")).isEqualTo(2);
        assertThat(err()).contains("column");

        assertThat(run("export", "--format", "csv")).isZero();
        List<String> csv = out().lines().toList();
        assertThat(csv).hasSize(4);
        assertThat(csv.get(0)).startsWith("id,network,created_at,");
        assertThat(csv.subList(1, 4)).extracting(line -> line.substring(0, 4)).containsExactlyInAnyOrder("m:1,", "m:2,", "m:3,");
        assertThat(out()).contains("\"'=HYPERLINK(\"\"x\"\") great coffee\"").contains("\"Encore une panne, \"\"vraiment\"\" #boycott\"");
        assertThat(run("export", "--format", "jsonl", "boycott")).isZero();
        assertThat(out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"id\":\"m:"));
    }
}
