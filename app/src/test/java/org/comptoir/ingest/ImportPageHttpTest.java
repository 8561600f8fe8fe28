package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import page over HTTP: upload, progress, downloads of an import's quarantine, the size limit, escaping. */
class ImportPageHttpTest {
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static String base;
    static String manager;

    @BeforeAll
    static void start() throws Exception {
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false",
                "--spring.servlet.multipart.max-file-size=64KB", "--spring.servlet.multipart.max-request-size=100KB");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        Comptoir comptoir = app.getBean(Comptoir.class);
        comptoir.workspaces().create("brand", "Brand", null);
        comptoir.workspaces().create("rival", "Rival", null);
        comptoir.accounts().add("marie", "marie-password", false);
        comptoir.accounts().grant("marie", "brand", Role.MANAGER);
        comptoir.accounts().grant("marie", "rival", Role.MANAGER);
        manager = comptoir.tokens().create("marie", "test", null).value();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.header("Authorization", "Bearer " + manager).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)));
    }

    private static HttpResponse<String> multipart(String path, String field, String filename, String content, String... fields)
            throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append("--B\r\nContent-Disposition: form-data; name=\"").append(fields[i]).append("\"\r\n\r\n")
                    .append(fields[i + 1]).append("\r\n");
        }
        body.append("--B\r\nContent-Disposition: form-data; name=\"").append(field).append("\"; filename=\"").append(filename)
                .append("\"\r\n\r\n").append(content).append("\r\n--B--\r\n");
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=B")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private static String awaitDone(String workspace, String job) throws Exception {
        for (int i = 0; i < 300; i++) {
            String fragment = get("/import/job?workspace=" + workspace + "&job=" + job).body();
            if (fragment.contains("data-state=\"DONE\"") || fragment.contains("data-state=\"FAILED\"")) {
                assertThat(fragment).doesNotContain("hx-trigger").as("polling stops once finished");
                return fragment;
            }
            assertThat(fragment).contains("hx-trigger=\"every 1s\"");
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish");
    }

    private static String jobOf(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).isEqualTo(302);
        Matcher job = Pattern.compile("job=([0-9a-f]+)").matcher(redirect.headers().firstValue("Location").orElse(""));
        assertThat(job.find()).as(redirect.headers().firstValue("Location").orElse("no Location")).isTrue();
        return job.group(1);
    }

    @Test
    void aFormSentWithoutTheScriptGetsTheProposedMappingAndItsQuarantineIsDownloadable() throws Exception {
        String csv = "Identifiant;Réseau;Message;Date;J'aime\n"
                + "1;facebook;Bonjour;2026-03-01;2\n"
                + "2;facebook;\"" + HOSTILE + "\";2026-03-01;=HYPERLINK(\"http://evil\")\n";
        String job = jobOf(multipart("/import?workspace=brand", "file", "C:\\exports\\avis.csv", csv));
        String done = awaitDone("brand", job);
        assertThat(done).contains("data-state=\"DONE\"").contains("Importés 1, doublons 0, en quarantaine 1.");
        assertThat(done).as("the raw record is escaped").contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain(HOSTILE);
        assertThat(done).as("the folder of the file name is dropped").contains(">avis.csv<");

        HttpResponse<String> csvDownload = get("/import/quarantine?workspace=brand&job=" + job + "&as=csv");
        assertThat(csvDownload.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".csv");
        String[] lines = csvDownload.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("source,line,offset,reason,raw,received_at");
        assertThat(lines[1]).startsWith("\"avis.csv\",\"3\",").contains("(likes) is not a non-negative whole number")
                .contains("\"2;facebook;\"\"" + HOSTILE + "\"\";2026-03-01;=HYPERLINK");
        HttpResponse<String> jsonl = get("/import/quarantine?workspace=brand&job=" + job + "&as=jsonl");
        JsonNode line = JsonMapper.builder().build().readTree(jsonl.body().strip());
        assertThat(line.path("line").asLong()).isEqualTo(3);
        assertThat(line.path("raw").asString()).startsWith("2;facebook;");

        assertThat(app.getBean(Comptoir.class).audit().list("brand", 10)).as("audited as the one who uploaded")
                .anySatisfy(entry -> assertThat(List.of(entry.actor(), entry.action(), entry.target(), entry.detail()))
                        .containsExactly("marie", "import", "avis.csv", "imported 1, duplicates 0, quarantined 1"));
        assertThat(get("/import/job?workspace=rival&job=" + job).statusCode()).as("a job is found only in its workspace").isEqualTo(404);
        assertThat(get("/import?workspace=brand").body()).contains("avis.csv").contains("terminé");
    }

    @Test
    void thePreviewRendersHostileCellsAsText() throws Exception {
        String csv = "id;network;text;created_at\n1;x;\"" + HOSTILE + "<script>alert(2)</script>\";2026-03-01\n";
        HttpResponse<String> preview = multipart("/import/preview?workspace=brand", "head", "h<b>.csv", csv,
                "name", "h<b>.csv", "size", String.valueOf(csv.getBytes(StandardCharsets.UTF_8).length));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("data-ready=\"true\"").contains("x:1")
                .contains("&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;")
                .doesNotContain("<script>").doesNotContain("<img").doesNotContain("h<b>");
    }

    @Test
    void anUploadOverTheLimitIsRefusedWithTheLimit() throws Exception {
        String big = "x".repeat(80 * 1024);
        HttpResponse<String> page = multipart("/import?workspace=brand", "file", "big.jsonl", big);
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("64 KB");
        HttpResponse<String> api = multipart("/api/v1/import?workspace=brand", "file", "big.jsonl", big);
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.body()).contains("\"error\"").contains("64 KB");
        HttpResponse<String> whole = multipart("/import?workspace=brand", "file", "big.jsonl", "y".repeat(120 * 1024));
        assertThat(whole.statusCode()).as("over the request limit: refused from its Content-Length").isEqualTo(413);
    }

    @Test
    void aTwarc2CsvAndAWorkbookUploadedOnThePageImportWithoutAnyMapping() throws Exception {
        String twarc = new String(CollectingSink.resourceBytes("twarc2.csv"), StandardCharsets.UTF_8);
        String csvJob = jobOf(multipart("/import?workspace=rival", "file", "twarc2.csv", twarc));
        assertThat(awaitDone("rival", csvJob)).contains("data-state=\"DONE\"").contains("Importés 2, doublons 0, en quarantaine 2.");

        byte[] workbook = XlsxImportTest.workbook(sheet -> {
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(1);
            String[][] cells = {{"tweet_id", "358244011823202304"}, {"timestamp", "2013-07-19 14:03:12 +0000"},
                    {"text", "Un tweet d'archive dans un classeur"}};
            for (int i = 0; i < cells.length; i++) {
                header.createCell(i).setCellValue(cells[i][0]);
                row.createCell(i).setCellValue(cells[i][1]);
            }
        });
        byte[] head = ("--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\r\n--B--\r\n".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(head);
        body.write(workbook);
        body.write(tail);
        String xlsxJob = jobOf(send(HttpRequest.newBuilder(URI.create(base + "/import?workspace=rival"))
                .header("Content-Type", "multipart/form-data; boundary=B")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
        String done = awaitDone("rival", xlsxJob);
        assertThat(done).contains("data-state=\"DONE\"").contains("Importés 1, doublons 0, en quarantaine 0.").contains("xlsx");
    }

    @Test
    void anImportJobStartedThroughTheApiCanBePolledUntilDone() throws Exception {
        HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/import/jobs?workspace=brand&filename=sans-reseau.csv&network=facebook"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(CollectingSink.resourceBytes("no-network.csv"))));
        assertThat(started.statusCode()).isEqualTo(202);
        JsonNode job = JsonMapper.builder().build().readTree(started.body());
        String id = job.path("id").asString();
        assertThat(id).isNotBlank();
        JsonNode state = job;
        for (int i = 0; i < 300 && !state.path("state").asString().equals("done"); i++) {
            Thread.sleep(50);
            HttpResponse<String> polled = get("/api/v1/import/jobs/" + id + "?workspace=brand");
            assertThat(polled.statusCode()).isEqualTo(200);
            state = JsonMapper.builder().build().readTree(polled.body());
        }
        assertThat(state.path("state").asString()).isEqualTo("done");
        assertThat(state.path("format").asString()).isEqualTo("csv");
        assertThat(state.path("imported").asLong()).isEqualTo(2);
        assertThat(state.path("quarantined").asLong()).isZero();
        assertThat(get("/api/v1/import/jobs/" + id + "?workspace=rival").statusCode()).as("only in its workspace").isEqualTo(404);
    }
}
