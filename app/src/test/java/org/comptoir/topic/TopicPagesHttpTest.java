package org.comptoir.topic;

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
import java.util.Map;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.web.SignInSession;
import org.comptoir.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The topics API's new fields and the topics page's endpoints over HTTP, per role. */
class TopicPagesHttpTest {
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static String base;
    static String managerToken;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        try (Comptoir setUp = Comptoir.open(dir.resolve("data"))) {
            setUp.workspaces().create(Workspace.DEMO, "Démo", null);
            String posts = jsonl("h:1", "Une panne de plus", "fr", java.time.Instant.now().toString()) + "\n";
            setUp.importer().importStream(Workspace.DEMO, new ByteArrayInputStream(posts.getBytes(StandardCharsets.UTF_8)),
                    "p.jsonl", null, null, null);
        }
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        managerToken = app.getBean(Comptoir.class).tokens().create("demo-manager", "test", null).value();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> api(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + managerToken).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApiReadsAndWritesKindEngageAndWhoChangedTheTopicLast() throws Exception {
        HttpResponse<String> created = api("POST", "/api/v1/topics?workspace=demo",
                "{\"name\":\"api-pannes\",\"query\":\"panne\",\"kind\":\"competitor\",\"engage\":true}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"kind\":\"competitor\"").contains("\"engage\":true")
                .contains("\"updated_by\":\"demo-manager\"").contains("\"mentions\":1").contains("\"query\":\"panne\"");
        HttpResponse<String> replaced = api("PUT", "/api/v1/topics/api-pannes?workspace=demo", "{\"query\":\"panne OR retard\"}");
        assertThat(replaced.body()).as("kind and engage are kept when not sent")
                .contains("\"kind\":\"competitor\"").contains("\"engage\":true");
        assertThat(api("GET", "/api/v1/topics?workspace=demo", null).body()).contains("\"kind\":\"competitor\"");
        HttpResponse<String> bad = api("PUT", "/api/v1/topics/api-pannes?workspace=demo", "{\"query\":\"panne\",\"kind\":\"rival\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("unknown topic kind");
        assertThat(api("GET", "/api/v1/topics/lint?workspace=demo&q=titel:panne", null).body()).as("an unknown field is an error, not a hint")
                .contains("unknown field");
        assertThat(api("GET", "/api/v1/topics/lint?workspace=demo&q=panne+and+retard", null).body())
                .contains("\"kind\":\"lowercase-operator\"").contains("\"column\":7");
    }

    @Test
    void aViewerReadsThePageAndExportsButEveryChangeAnswers403() throws Exception {
        SignInSession viewer = new SignInSession(base);
        viewer.signIn("demo-viewer", "demo");
        HttpResponse<String> page = viewer.get("/topics?workspace=demo");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("id=\"editor\"").doesNotContain("/topics/import").doesNotContain("/topics/delete");
        assertThat(viewer.get("/topics/export?workspace=demo&format=csv").body()).startsWith("name,kind,query,engage");
        for (String path : new String[] {"/topics/lint", "/topics/preview", "/topics", "/topics/delete"}) {
            HttpResponse<String> answer = viewer.post(path + "?workspace=demo", Map.of("name", "x", "query", "panne"), true);
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
        }
        assertThat(upload(viewer, "name,kind,query\nX,brand,panne\n").statusCode()).isEqualTo(403);
    }

    @Test
    void aManagerLintsTestsAndImportsTopicsFromAFile() throws Exception {
        SignInSession manager = new SignInSession(base);
        manager.signIn("demo-manager", "demo");
        HttpResponse<String> lint = manager.post("/topics/lint?workspace=demo", Map.of("query", "panne and (retard"), true);
        assertThat(lint.statusCode()).isEqualTo(200);
        assertThat(lint.body()).contains("data-error-column=\"11\"").contains("data-hint=\"lowercase-operator\"");
        HttpResponse<String> refusedSave = manager.post("/topics?workspace=demo",
                Map.of("name", "Brouillon", "query", "panne AND", "kind", "brand"), true);
        assertThat(refusedSave.headers().firstValue("Location").orElseThrow()).doesNotContain("job=");
        String again = manager.get("/topics?workspace=demo").body();
        assertThat(again).as("the error, and the draft kept in the editor").contains("dangling operator AND")
                .contains("value=\"Brouillon\"").contains(">panne AND</textarea>");
        assertThat(app.getBean(Comptoir.class).topics().find(Workspace.DEMO, "Brouillon")).isEmpty();
        HttpResponse<String> preview = manager.post("/topics/preview?workspace=demo", Map.of("query", "panne"), true);
        assertThat(preview.body()).contains("<mark>panne</mark>");

        HttpResponse<String> imported = upload(manager, "name,kind,query\nImport A,brand,panne\nImport B,campaign,\"\"\"de plus\"\"\"\n");
        assertThat(imported.statusCode()).isEqualTo(302);
        String location = imported.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("job=");
        String job = location.substring(location.indexOf("job=") + 4);
        String status = "";
        for (int i = 0; i < 100 && !status.contains("class=\"notice done\""); i++) {
            Thread.sleep(100);
            status = manager.get("/topics/job?workspace=demo&id=" + job).body();
        }
        assertThat(status).contains("Import A, Import B");
        assertThat(manager.get("/topics?workspace=demo").body()).contains("href=\"/topics?workspace=demo&amp;edit=Import%20A#editor\"");
        String json = manager.get("/topics/export?workspace=demo&format=json").body();
        assertThat(json).contains("\"name\" : \"Import B\"").contains("\"kind\" : \"campaign\"").contains("\"query\" : \"\\\"de plus\\\"\"");

        HttpResponse<String> refused = upload(manager, "name,kind,query\nOK,brand,panne\nKO,brand,panne AND\n");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).doesNotContain("job=");
        assertThat(app.getBean(Comptoir.class).topics().find(Workspace.DEMO, "OK")).as("nothing imported").isEmpty();
    }

    /** Posts a topics file as the page's form does: multipart, with the CSRF field. */
    private static HttpResponse<String> upload(SignInSession session, String csv) throws Exception {
        String boundary = "----comptoir" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + session.csrf() + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"topics.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return session.client().send(HttpRequest.newBuilder(URI.create(base + "/topics/import?workspace=demo"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
