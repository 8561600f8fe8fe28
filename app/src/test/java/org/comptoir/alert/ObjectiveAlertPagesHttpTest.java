package org.comptoir.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/**
 * Through the running server: a manager states an objective nobody can reach (50 advocates in an empty workspace) and an
 * {@code objective-at-risk} rule; a requested evaluation raises the alert once; a viewer reads it on {@code /alerts} and
 * {@code /alerts/{id}} in French and in English, the objective's name (a manager's text) escaped.
 */
class ObjectiveAlertPagesHttpTest {
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + managerToken).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anObjectiveAtRiskIsRaisedOnceAndShownInFrenchAndEnglish() throws Exception {
        assertThat(api("POST", "/api/v1/objectives?workspace=demo", "{\"name\":\"Ambassadeurs <script>x</script>\",\"metric\":\"advocates\","
                + "\"target\":50,\"due\":\"2099-06-30\"}").statusCode()).isEqualTo(201);
        assertThat(api("POST", "/api/v1/alerts/rules?workspace=demo", "{\"name\":\"Objectifs\",\"kind\":\"objective-at-risk\","
                + "\"recipients\":[]}").statusCode()).isEqualTo(201);
        HttpResponse<String> first = api("POST", "/api/v1/alerts/evaluate?workspace=demo", "{}");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"kind\":\"objective-at-risk\"").contains("\"status\":\"at-risk\"");
        assertThat(api("POST", "/api/v1/alerts/evaluate?workspace=demo", "{}").body()).as("the same episode")
                .isEqualTo("{\"raised\":[]}");
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(first.body());
        assertThat(id.find()).isTrue();

        SignInSession viewer = new SignInSession(base);
        viewer.signIn("demo-viewer", "demo");
        String page = viewer.get("/alerts?workspace=demo").body();
        assertThat(page).contains("est en danger : advocates doit être ≥ 50 au 2099-06-30")
                .contains("Ambassadeurs &lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x</script>")
                .contains("un objectif est en danger").contains("≥ 50.0");
        String fr = viewer.get("/alerts/" + id.group(1) + "?workspace=demo").body();
        assertThat(fr).contains("id=\"objective\"").contains("Voir les objectifs").contains("id=\"objective-projected\"")
                .doesNotContain("id=\"figures\"").doesNotContain("<script>x</script>");
        String panel = viewer.get("/alerts/objectives?workspace=demo").body();
        assertThat(panel).as("the dashboard's objectives panel").contains("id=\"objectives-panel\"")
                .contains("Ambassadeurs &lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x</script>")
                .contains("class=\"objective-at-risk\"").contains("en danger");
        assertThat(viewer.get("/dashboard?workspace=demo").body()).as("the dashboard loads it")
                .contains("hx-get=\"/alerts/objectives?workspace=demo\"");
        String en = viewer.get("/alerts/" + id.group(1) + "?workspace=demo&locale=en").body();
        assertThat(en).contains("is at risk: advocates should be ≥ 50 by 2099-06-30").contains("See the objectives")
                .contains("href=\"/alerts?workspace=demo\"");
    }
}
