package org.comptoir.inbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.account.Role;
import org.comptoir.cli.ComptoirMain;
import org.comptoir.testing.TestPosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The inbox API's answers (JSON shapes, errors, the write-only secret) and the CLI going through the running server. */
class InboxApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static String base;
    static String token;
    static long id;

    @BeforeAll
    static void start() throws Exception {
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        Comptoir comptoir = app.getBean(Comptoir.class);
        comptoir.workspaces().create("w", "w", null);
        comptoir.employees().replace("w", List.of("@marie@piaille.example"));
        comptoir.accounts().add("manager", "manager-password", false);
        comptoir.accounts().grant("manager", "w", Role.MANAGER);
        token = comptoir.tokens().create("manager", "t", null).value();
        String lines = TestPosts.jsonl("m:1", "Bonjour", "fr", "2026-03-01T10:00:00Z").replace("\"author\":{\"handle\":\"@marie@piaille.example\"",
                "\"author\":{\"handle\":\"@paul@piaille.example\"").replace("\"text\":\"Bonjour\"", "\"text\":\"@marie@piaille.example bonjour\"");
        comptoir.importer().importStream("w", new java.io.ByteArrayInputStream((lines + "\n").getBytes(UTF_8)), "a.jsonl",
                null, null, null);
        id = comptoir.inbox().list("w", InboxQuery.all()).conversations().get(0).id();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theListAndOneConversationAnswerTheDocumentedShape() throws Exception {
        HttpResponse<String> list = call("GET", "/api/v1/conversations?workspace=w&limit=10", null);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode page = JSON.readTree(list.body());
        assertThat(page.path("total").asLong()).isEqualTo(1);
        assertThat(page.path("conversations").path(0).path("author").path("handle").asString()).isEqualTo("@paul@piaille.example");
        HttpResponse<String> one = call("GET", "/api/v1/conversations/" + id + "?workspace=w", null);
        assertThat(JSON.readTree(one.body()).path("timeline").path(0).path("text").asString()).isEqualTo("@marie@piaille.example bonjour");
        assertThat(call("GET", "/api/v1/conversations/" + (id + 99) + "?workspace=w", null).statusCode()).isEqualTo(404);
    }

    @Test
    void badValuesAnswer400WithTheChoices() throws Exception {
        HttpResponse<String> status = call("PATCH", "/api/v1/conversations/" + id + "?workspace=w", "{\"status\":\"closed\"}");
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(status.body()).contains("expected open, pending, snoozed or resolved");
        assertThat(call("GET", "/api/v1/conversations?workspace=w&q=panne%20AND%20(", null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/v1/conversations?workspace=w&breach=maybe", null).body()).contains("expected true or soon");
        assertThat(call("POST", "/api/v1/conversations/" + id + "/notes?workspace=w", "{\"text\":\"\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void targetsBreachTeamsAndRoutingRulesAnswerTheDocumentedShapes() throws Exception {
        HttpResponse<String> targets = call("PUT", "/api/v1/inbox/targets?workspace=w",
                "{\"hours\":\"mon-sun 00:00-24:00\",\"targets\":{\"normal\":{\"first_response_hours\":1,\"resolution_hours\":8}}}");
        assertThat(targets.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(targets.body()).path("targets").path("normal").path("first_response_hours").asDouble()).isEqualTo(1.0);
        JsonNode breached = JSON.readTree(call("GET", "/api/v1/conversations?workspace=w&breach=true", null).body());
        assertThat(breached.path("conversations").path(0).path("breach").asString()).isIn("breach");
        assertThat(call("GET", "/api/v1/inbox/metrics?workspace=w&from=2026-03-01&to=2026-03-02", null).body())
                .contains("\"conversations\":1").contains("median_first_response_minutes");
        HttpResponse<String> team = call("POST", "/api/v1/teams?workspace=w", "{\"name\":\"support\",\"label\":\"Support\","
                + "\"zone\":\"Europe/Paris\",\"hours\":\"mon-fri 09:00-12:30 13:30-18:00\",\"holidays\":[\"2026-05-01\"],\"members\":[\"manager\"]}");
        assertThat(team.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(team.body()).path("members").path(0).asString()).isEqualTo("manager");
        assertThat(call("POST", "/api/v1/teams?workspace=w", "{\"name\":\"support\",\"hours\":\"mon-fri 09:00-18:00\"}").statusCode())
                .isEqualTo(400);
        assertThat(call("POST", "/api/v1/teams?workspace=w", "{\"name\":\"x\",\"hours\":\"lundi 9h\"}").body()).contains("unknown day");
        HttpResponse<String> rule = call("POST", "/api/v1/routing/rules?workspace=w", "{\"name\":\"bonjour\",\"when\":{\"query\":\"bonjour\","
                + "\"author_level\":[\"audience\"]},\"then\":{\"team\":\"support\",\"assign\":\"least-loaded\"},\"continue\":true}");
        assertThat(rule.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(rule.body()).path("continue").asBoolean()).isTrue();
        JsonNode dry = JSON.readTree(call("POST", "/api/v1/routing/rules/dry-run?workspace=w",
                "{\"name\":\"essai\",\"when\":{\"query\":\"bonjour\"},\"then\":{\"team\":\"support\"}}").body());
        assertThat(dry.path("matched").asInt()).isEqualTo(1);
        assertThat(dry.path("conversations").path(0).path("would").path(0).asString()).isEqualTo("team → support");
        assertThat(call("POST", "/api/v1/routing/rules?workspace=w", "{\"name\":\"x\",\"when\":{\"query\":\"a AND (\"},"
                + "\"then\":{\"priority\":\"high\"}}").statusCode()).isEqualTo(400);
    }

    @Test
    void aSecondAnswerAfterTheSeenItemIs409WithTheOtherAnswer() throws Exception {
        long seen = JSON.readTree(call("GET", "/api/v1/conversations/" + id + "?workspace=w", null).body()).path("timeline")
                .path(0).path("id").asLong();
        assertThat(call("POST", "/api/v1/conversations/" + id + "/reply?workspace=w", "{\"text\":\"première\",\"seen\":" + seen + "}")
                .statusCode()).isEqualTo(202);
        HttpResponse<String> second = call("POST", "/api/v1/conversations/" + id + "/reply?workspace=w",
                "{\"text\":\"seconde\",\"seen\":" + seen + "}");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(second.body()).path("answer").path("text").asString()).isEqualTo("première");
    }

    @Test
    void theReplyAccountsSecretIsWriteOnly() throws Exception {
        HttpResponse<String> saved = call("PUT", "/api/v1/inbox/accounts/mastodon?workspace=w",
                "{\"base_url\":\"https://social.example\",\"handle\":\"@marie\",\"secret\":\"very-secret-token\"}");
        assertThat(saved.statusCode()).isEqualTo(200);
        HttpResponse<String> listed = call("GET", "/api/v1/inbox/accounts?workspace=w", null);
        assertThat(saved.body() + listed.body()).contains("social.example").doesNotContain("very-secret-token").doesNotContain("secret");
        assertThat(call("PUT", "/api/v1/inbox/accounts/x?workspace=w", "{\"base_url\":\"https://x.example\",\"secret\":\"s\"}")
                .body()).contains("mastodon or bluesky");
        assertThat(call("PUT", "/api/v1/inbox/accounts/mastodon?workspace=w", "{\"base_url\":\"javascript:alert(1)\",\"secret\":\"s\"}")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void theCommandLineGoesThroughTheRunningServer() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, UTF_8));
        try {
            assertThat(ComptoirMain.run("--data", dir.resolve("data").toString(), "--workspace", "w", "inbox", "list", "--json"))
                    .isZero();
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(UTF_8)).contains("\"total\":1").contains("@paul@piaille.example");
    }
}
