package org.comptoir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.testing.TestPosts.jsonl;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The web app on a real port: REST API errors and hostile post text rendered inert in a real browser. */
class WebAppTest {
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static String base;
    static String token;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static final String SCRIPT = "<script>window.pwned='script'</script>";
    static final String IMG = "<img src=x onerror=\"window.pwned='img'\">";

    @BeforeAll
    static void start() throws Exception {
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        Comptoir comptoir = app.getBean(Comptoir.class);
        comptoir.accounts().add("tester", "tester-password", true);
        token = comptoir.tokens().create("tester", "web test", null).value();
        comptoir.workspaces().create("api", "API", null);
        String lines = jsonl("m:evil", "Regardez " + SCRIPT + " et " + IMG + " #piege", "fr", "2026-03-01T10:00:00Z") + "\n"
                + jsonl("m:2", "Une panne de plus chez Fournil", "fr", "2026-03-02T10:00:00Z") + "\n";
        comptoir.importer().importStream("default",
                new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "evil.jsonl", null, null, null);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Sends the request as a global administrator (bearer token); the pages and API accept nothing anonymous. */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void hostilePostTextIsRenderedInertInTheBrowser() {
        WebDriver browser = HeadlessChromium.open(1280, 900);
        try {
            HeadlessChromium.signIn(browser, base, "tester", "tester-password");
            browser.get(base + "/search?workspace=default&q=piege");
            Object pwned = ((JavascriptExecutor) browser).executeScript("return window.pwned === undefined ? null : window.pwned;");
            assertThat(pwned).as("no script from a post ran").isNull();
            String text = browser.findElement(By.cssSelector("article.post .text")).getText();
            assertThat(text).contains("<script>window.pwned='script'</script>").contains("<img src=x onerror=");
            assertThat(browser.findElements(By.cssSelector("article.post img"))).isEmpty();
            assertThat(browser.findElements(By.cssSelector("article.post script"))).isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void theSearchPageShowsPostsAndExplainsBadQueries() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/search?workspace=default&q=panne")));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Une panne de plus chez Fournil").contains("@marie@piaille.example");
        HttpResponse<String> bad = send(HttpRequest.newBuilder(URI.create(base + "/search?workspace=default&q=%28panne")));
        assertThat(bad.body()).contains("role=\"alert\"").contains("column");
        HttpResponse<String> english = send(HttpRequest.newBuilder(URI.create(base + "/search?workspace=default&locale=en")));
        assertThat(english.body()).contains("matching posts");
        HttpResponse<String> help = send(HttpRequest.newBuilder(URI.create(base + "/help/query?workspace=default&locale=fr")));
        assertThat(help.statusCode()).isEqualTo(200);
        assertThat(help.body()).contains("NEAR/5").contains("&quot;service client&quot;").contains("&lt;&lt;&lt; note &gt;&gt;&gt;")
                .contains("seulement le hashtag");
    }

    @Test
    void theApiAnswersBadQueriesWithTheColumn() throws Exception {
        HttpResponse<String> bad = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/posts?workspace=default&q=panne%20AND")));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"error\"").containsPattern("\"column\":\\d+");
    }

    @Test
    void topicsCanBeCreatedThroughTheApiAndAreBackfilled() throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/topics?workspace=default"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"fournil\",\"query\":\"fournil OR #piege\"}")));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"mentions\":2");
        HttpResponse<String> mentions = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/posts?workspace=default&topic=fournil")));
        assertThat(mentions.body()).contains("\"total\":2");
        HttpResponse<String> invalid = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/topics?workspace=default"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"query\":\"*cafe\"}")));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).containsPattern("\"column\":1");
    }

    @Test
    void importAcceptsARawBodyAndTheOpenApiDocumentIsServed() throws Exception {
        HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/import?workspace=api&filename=a.jsonl"))
                .POST(HttpRequest.BodyPublishers.ofString(jsonl("m:api", "via l'API", "fr", "2026-03-03T10:00:00Z") + "\n")));
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("\"imported\":1");
        HttpResponse<String> openapi = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/openapi")));
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/posts").contains("/api/v1/topics").contains("\"scheme\":\"bearer\"")
                .contains("\"name\":\"workspace\",\"in\":\"query\"");
    }

    @Test
    void aPostCanBeCorrectedThroughTheApiAndTheCorrectionIsExported() throws Exception {
        HttpResponse<String> corrected = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/posts/m:2/correction?workspace=default"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sentiment\":\"positive\",\"intent\":\"praise\"}")));
        assertThat(corrected.statusCode()).isEqualTo(200);
        assertThat(corrected.body()).contains("\"sentiment\":\"positive\"").contains("\"corrected\":true");
        HttpResponse<String> export = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/corrections/export?workspace=default&kind=intent")));
        assertThat(export.body()).isEqualTo("praise\tfr\tUne panne de plus chez Fournil\n");
        HttpResponse<String> bad = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/posts/m:2/correction?workspace=default"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sentiment\":\"furious\"}")));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("unknown sentiment 'furious'");
        HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/posts/nope/correction?workspace=default"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"intent\":\"other\"}")));
        assertThat(missing.statusCode()).isEqualTo(404);
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/search?workspace=default&q=Fournil&locale=fr")));
        assertThat(page.body()).contains("corrigé").contains("positif");
    }

    @Test
    void importProgressIsPrintedWhenTheImportGoesThroughTheRunningServer() throws Exception {
        java.nio.file.Path file = dir.resolve("progress.csv");
        java.nio.file.Files.writeString(file, "id;text;created_at\np1;Importé avec progression;2026-03-05T10:00:00Z\n"
                + "p2;Deuxième;2026-03-05T11:00:00Z\np3;;2026-03-05T12:00:00Z\n");
        String data = dir.resolve("data").toString();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream originalOut = System.out;
        java.io.PrintStream originalErr = System.err;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(org.comptoir.cli.ComptoirMain.run("--data", data, "import", "--progress", "--network", "reddit",
                    file.toString())).isZero();
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("imported 2, duplicates 0, quarantined 1\n");
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).as("progress lines through the server, as locally")
                .isNotEmpty().last().isEqualTo("committed: imported 2, duplicates 0, quarantined 1");
        assertThat(app.getBean(Comptoir.class).search().search("default",
                new org.comptoir.search.PostSearch.Request("progression", null, null, null, null, 10, null)).total()).isEqualTo(1);
    }

    @Test
    void cliCommandsGoThroughTheRunningServer() throws Exception {
        java.nio.file.Path file = dir.resolve("while-serving.jsonl");
        java.nio.file.Files.writeString(file, jsonl("m:cli", "Importé pendant que le serveur tourne", "fr", "2026-03-04T10:00:00Z")
                + "\n{broken\n");
        String data = dir.resolve("data").toString();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(org.comptoir.cli.ComptoirMain.run("--data", data, "--workspace", "cli", "import", file.toString()))
                    .as("no workspace 'cli' yet, and importing does not create it").isEqualTo(2);
            assertThat(org.comptoir.cli.ComptoirMain.run("--data", data, "workspace", "create", "cli")).isZero();
            assertThat(org.comptoir.cli.ComptoirMain.run("--data", data, "--workspace", "cli", "import", file.toString())).isZero();
            assertThat(org.comptoir.cli.ComptoirMain.run("--data", data, "--workspace", "cli", "topic", "add", "serveur", "serveur")).isZero();
            assertThat(org.comptoir.cli.ComptoirMain.run("--data", data, "--workspace", "cli", "search", "--count", "tourne")).isZero();
            assertThat(org.comptoir.cli.ComptoirMain.run("--data", data, "--workspace", "cli", "search", "--format", "jsonl",
                    "--topic", "serveur")).isZero();
            assertThat(org.comptoir.cli.ComptoirMain.run("--data", data, "--workspace", "cli", "quarantine", "list")).isZero();
            assertThat(org.comptoir.cli.ComptoirMain.run("--data", data, "--workspace", "cli", "search", "(oops")).isEqualTo(2);
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("workspace 'cli' created").contains("imported 1, duplicates 0, quarantined 1")
                .contains("topic 'serveur' saved: 1 matching posts")
                .contains("\"id\":\"m:cli\"").contains("\"topics\":[\"serveur\"]")
                .contains("while-serving.jsonl:2").contains("1 quarantined record(s)");
        assertThat(printed.lines()).contains("1");
        assertThat(app.getBean(Comptoir.class).audit().list("cli", 10)).extracting(org.comptoir.audit.AuditEntry::action)
                .as("the CLI's calls through the server are audited as the local CLI").contains("import", "topic_saved", "workspace_created")
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(app.getBean(Comptoir.class).audit().list("cli", 10)).allSatisfy(e -> assertThat(e.actor()).isEqualTo("local-cli"));
    }

    @Test
    void userAndTokenCommandsGoThroughTheRunningServer() throws Exception {
        String data = dir.resolve("data").toString();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        java.io.InputStream originalIn = System.in;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            System.setIn(new ByteArrayInputStream("lucie-password\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(org.comptoir.cli.ComptoirMain.run("--data", data, "user", "add", "lucie")).isZero();
            assertThat(org.comptoir.cli.ComptoirMain.run("--data", data, "user", "grant", "lucie", "default", "viewer")).isZero();
            assertThat(org.comptoir.cli.ComptoirMain.run("--data", data, "token", "create", "--user", "lucie")).isZero();
        } finally {
            System.setOut(original);
            System.setIn(originalIn);
        }
        java.util.List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        String lucie = lines.get(lines.size() - 1);
        HttpResponse<String> asLucie = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/topics?workspace=default"))
                .header("Authorization", "Bearer " + lucie).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"query\":\"panne\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asLucie.statusCode()).as("a viewer's token cannot create topics").isEqualTo(403);
        HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/posts?workspace=default&limit=1"))
                .header("Authorization", "Bearer " + lucie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(app.getBean(Comptoir.class).audit().list(null, 50)).filteredOn(e -> "lucie".equals(e.target()))
                .extracting(org.comptoir.audit.AuditEntry::action).contains("user_added", "role_granted", "token_created");
    }

    @Test
    void analyticsBucketsAddUpToTheSearchCountAndSharesSumToOne() throws Exception {
        String filters = "workspace=default&from=2026-02-01&to=2026-04-01";
        HttpResponse<String> volume = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/analytics/volume?interval=week&tz=UTC&" + filters)));
        assertThat(volume.statusCode()).isEqualTo(200);
        long sum = 0;
        for (var matcher = java.util.regex.Pattern.compile("\"count\":(\\d+)").matcher(volume.body()); matcher.find(); ) {
            sum += Long.parseLong(matcher.group(1));
        }
        HttpResponse<String> posts = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/posts?limit=1&from=2026-01-26&to=2026-04-06&workspace=default")));
        String total = posts.body().replaceAll("(?s).*\"total\":(\\d+).*", "$1");
        assertThat(sum).isEqualTo(Long.parseLong(total)).isPositive();
        send(HttpRequest.newBuilder(URI.create(base + "/api/v1/topics?workspace=default")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"pannes\",\"query\":\"panne\"}")));
        send(HttpRequest.newBuilder(URI.create(base + "/api/v1/topics?workspace=default")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"pieges\",\"query\":\"#piege OR panne\"}")));
        HttpResponse<String> shares = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/analytics/share-of-voice?topics=pannes,pieges&" + filters)));
        double shareSum = 0;
        for (var matcher = java.util.regex.Pattern.compile("\"share\":([0-9.]+)").matcher(shares.body()); matcher.find(); ) {
            shareSum += Double.parseDouble(matcher.group(1));
        }
        assertThat(shareSum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        HttpResponse<String> csv = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/analytics/breakdown?by=lang&format=csv&" + filters)));
        assertThat(csv.body()).startsWith("value,count,share,");
        HttpResponse<String> bad = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/analytics/volume?q=%28panne&" + filters)));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).containsPattern("\"column\":\\d+");
        HttpResponse<String> export = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/posts/export?format=jsonl&workspace=default")));
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body().lines()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(line -> assertThat(line).startsWith("{\"id\":"));
    }
}
