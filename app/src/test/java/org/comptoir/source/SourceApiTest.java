package org.comptoir.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.testing.TestPosts.jsonl;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.account.Role;
import org.comptoir.store.PostQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sources API and the signed webhook, over HTTP against the running application. */
class SourceApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static Comptoir comptoir;
    static String base;
    static String manager;

    @BeforeAll
    static void start() {
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false", "--comptoir.sources.poll=false");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        comptoir = app.getBean(Comptoir.class);
        comptoir.workspaces().create("brand", "brand", null);
        comptoir.accounts().add("marie", "marie-password", false);
        comptoir.accounts().grant("marie", "brand", Role.MANAGER);
        manager = comptoir.tokens().create("marie", "test", null).value();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpResponse<String> api(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + manager)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> deliver(long id, String timestamp, String signature, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/sources/" + id + "/webhook"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            request.header("X-Comptoir-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Comptoir-Signature", signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static long count() {
        return comptoir.pipelines().count("brand", PostQuery.all());
    }

    @Test
    void aSourceShowsTheGapsInItsCursorAndAnXStreamItsRulesWithoutItsToken() throws Exception {
        HttpResponse<String> added = api("POST", "/api/v1/sources?workspace=brand",
                "{\"type\":\"mastodon\",\"name\":\"piaille live\",\"instance\":\"https://piaille.fr\",\"timeline\":\"tag:fournil\","
                        + "\"stream\":true}");
        assertThat(added.statusCode()).isEqualTo(201);
        long id = JSON.readTree(added.body()).path("id").asLong();
        Instant now = Instant.now();
        app.getBean(Sources.class).healthRecords().gaps(id, now, java.util.List.of(new org.comptoir.connector.Fetch.Gap(
                Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-01T10:05:00Z"), "stream broken; read again by REST", true)));
        JsonNode shown = JSON.readTree(api("GET", "/api/v1/sources/" + id + "?workspace=brand", null).body());
        assertThat(shown.path("settings").path("stream").asBoolean()).isTrue();
        assertThat(shown.path("gaps")).singleElement().satisfies(gap -> {
            assertThat(gap.path("from").asString()).isEqualTo("2026-03-01T10:00:00Z");
            assertThat(gap.path("to").asString()).isEqualTo("2026-03-01T10:05:00Z");
            assertThat(gap.path("reason").asString()).isEqualTo("stream broken; read again by REST");
            assertThat(gap.path("bridged").asBoolean()).isTrue();
        });
        var registry = app.getBean(io.micrometer.core.instrument.MeterRegistry.class);
        assertThat(registry.find("comptoir.source.gaps.missed").tags("source", "piaille live").gauge().value()).as("bridged").isZero();
        app.getBean(Sources.class).healthRecords().gaps(id, now.plusSeconds(1), java.util.List.of(new org.comptoir.connector.Fetch.Gap(
                null, Instant.parse("2026-03-01T11:00:00Z"), "catch_up_pages reached", false)));
        assertThat(registry.find("comptoir.source.gaps.missed").tags("source", "piaille live").gauge().value()).isEqualTo(1.0);
        JsonNode both = JSON.readTree(api("GET", "/api/v1/sources/" + id + "?workspace=brand", null).body()).path("gaps");
        assertThat(both).hasSize(2);
        assertThat(both.get(0).path("from").isNull()).as("newest first; an unknown start is null").isTrue();

        comptoir.topics().save("brand", "fournil", "fournil OR #boulangerie", null);
        HttpResponse<String> x = api("POST", "/api/v1/sources?workspace=brand",
                "{\"type\":\"x\",\"name\":\"x live\",\"stream\":true,\"token\":\"x-bearer-secret-789\"}");
        assertThat(x.statusCode()).isEqualTo(201);
        assertThat(x.body()).doesNotContain("x-bearer-secret-789");
        JsonNode xShown = JSON.readTree(api("GET", "/api/v1/sources/" + JSON.readTree(x.body()).path("id").asLong() + "?workspace=brand", null).body());
        assertThat(xShown.path("rules")).singleElement().satisfies(rule -> {
            assertThat(rule.path("topic").asString()).isEqualTo("fournil");
            assertThat(rule.path("rule").asString()).isEqualTo("fournil OR #boulangerie");
        });
        assertThat(xShown.toString()).doesNotContain("x-bearer-secret-789");
        assertThat(api("POST", "/api/v1/sources?workspace=brand", "{\"type\":\"mastodon\",\"name\":\"acct\","
                + "\"instance\":\"https://piaille.fr\",\"timeline\":\"account:1\",\"stream\":true}").body()).contains("has no stream");
    }

    @Test
    void secretsAreWriteOnlyAndSealedAtRest() throws Exception {
        HttpResponse<String> added = api("POST", "/api/v1/sources?workspace=brand",
                "{\"type\":\"mastodon\",\"name\":\"piaille\",\"instance\":\"https://piaille.fr\",\"timeline\":\"tag:fournil\","
                        + "\"token\":\"tok-SECRET-1234\",\"every\":\"PT2M\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.body()).doesNotContain("tok-SECRET-1234").contains("\"secrets_set\":[\"token\"]").contains("\"every\":\"2m\"");
        long id = JSON.readTree(added.body()).get("id").asLong();
        HttpResponse<String> shown = api("GET", "/api/v1/sources/" + id + "?workspace=brand", null);
        assertThat(shown.body()).doesNotContain("tok-SECRET-1234");
        JsonNode health = JSON.readTree(shown.body());
        assertThat(health.get("state").asString()).isEqualTo("pending");
        assertThat(health.has("last_success") && health.has("last_error") && health.has("posts_last_hour") && health.has("lag_s")).isTrue();
        String stored = String.join("\n", comptoir.sources().list("brand").stream().map(s -> s.settings().toString()).toList());
        assertThat(stored).doesNotContain("tok-SECRET-1234");
        try (var connection = comptoir.dataSource().getConnection();
             var rows = connection.createStatement().executeQuery("select sealed from source where id = " + id)) {
            rows.next();
            assertThat(rows.getString(1)).startsWith("v1:").doesNotContain("tok-SECRET");
        }
        HttpResponse<String> patched = api("PATCH", "/api/v1/sources/" + id + "?workspace=brand", "{\"paused\":true}");
        assertThat(JSON.readTree(patched.body()).get("state").asString()).isEqualTo("paused");
        assertThat(comptoir.sources().openSecrets(id)).containsEntry("token", "tok-SECRET-1234");
        assertThat(comptoir.audit().list("brand", 100)).extracting(e -> e.action() + " " + e.target() + " " + e.actor())
                .contains("source_added piaille marie", "source_changed piaille marie")
                .noneMatch(line -> line.contains("tok-SECRET"));
    }

    @Test
    void badSettingsAreRefusedWithAClearErrorAndNothingIsStored() throws Exception {
        int before = comptoir.sources().list("brand").size();
        HttpResponse<String> noUrl = api("POST", "/api/v1/sources?workspace=brand", "{\"type\":\"rss\"}");
        assertThat(noUrl.statusCode()).isEqualTo(400);
        assertThat(noUrl.body()).contains("'url'");
        HttpResponse<String> tooFast = api("POST", "/api/v1/sources?workspace=brand",
                "{\"type\":\"rss\",\"url\":\"https://blog.example/feed\",\"every\":\"500ms\"}");
        assertThat(tooFast.statusCode()).isEqualTo(400);
        assertThat(tooFast.body()).contains("at least 1s");
        HttpResponse<String> unknown = api("POST", "/api/v1/sources?workspace=brand", "{\"type\":\"myspace\"}");
        assertThat(unknown.body()).contains("unknown source type 'myspace'");
        assertThat(comptoir.sources().list("brand")).hasSize(before);
    }

    @Test
    void aSignedDeliveryIsStoredAndABadOneStoresNothing() throws Exception {
        HttpResponse<String> added = api("POST", "/api/v1/sources?workspace=brand", "{\"type\":\"webhook\",\"name\":\"crm\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        JsonNode source = JSON.readTree(added.body());
        long id = source.get("id").asLong();
        String secret = source.get("secret").asString();
        assertThat(secret).matches("[0-9a-f]{64}");
        assertThat(api("GET", "/api/v1/sources/" + id + "?workspace=brand", null).body()).doesNotContain(secret);

        String body = jsonl("crm:1", "Livraison en panne encore", "fr", "2026-03-01T10:00:00Z") + "\n"
                + "{\"id\":\"crm:bad\",\"network\":\"crm\"}\n"
                + jsonl("crm:2", "Merci pour la réponse rapide", "fr", "2026-03-01T11:00:00Z") + "\n";
        String now = Long.toString(Instant.now().getEpochSecond());
        long before = count();

        assertThat(deliver(id, now, "sha256=" + "0".repeat(64), body).statusCode()).isEqualTo(401);
        assertThat(deliver(id, null, null, body).statusCode()).isEqualTo(401);
        String old = Long.toString(Instant.now().minusSeconds(600).getEpochSecond());
        assertThat(deliver(id, old, SourceWebhooks.sign(secret, old, body.getBytes(UTF_8)), body).statusCode())
                .as("a replayed delivery (timestamp 10 minutes old)").isEqualTo(401);
        assertThat(deliver(id + 1000, now, SourceWebhooks.sign(secret, now, body.getBytes(UTF_8)), body).statusCode()).isEqualTo(401);
        assertThat(count()).as("nothing stored by refused deliveries").isEqualTo(before);

        HttpResponse<String> accepted = deliver(id, now, SourceWebhooks.sign(secret, now, body.getBytes(UTF_8)), body);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(accepted.body()).get("stored").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(accepted.body()).get("quarantined").asInt()).isEqualTo(1);
        HttpResponse<String> again = deliver(id, now, SourceWebhooks.sign(secret, now, body.getBytes(UTF_8)), body);
        assertThat(JSON.readTree(again.body()).get("duplicates").asInt()).as("a redelivery is stored once").isEqualTo(2);
        assertThat(count()).isEqualTo(before + 2);
        assertThat(JSON.readTree(api("GET", "/api/v1/sources/" + id + "?workspace=brand", null).body()).get("posts_last_hour").asLong())
                .isEqualTo(2);

        String array = "[" + jsonl("crm:3", "Un tableau JSON aussi", "fr", "2026-03-01T12:00:00Z") + "]";
        assertThat(JSON.readTree(deliver(id, now, SourceWebhooks.sign(secret, now, array.getBytes(UTF_8)), array).body())
                .get("stored").asInt()).isEqualTo(1);
    }

    @Test
    void eachSourceHasGaugesAndOnlyGlobalAdministratorsReadThem() throws Exception {
        long id = JSON.readTree(api("POST", "/api/v1/sources?workspace=brand", "{\"type\":\"webhook\",\"name\":\"gauged\"}").body())
                .get("id").asLong();
        io.micrometer.core.instrument.MeterRegistry registry = app.getBean(io.micrometer.core.instrument.MeterRegistry.class);
        var up = registry.find("comptoir.source.up").tags("workspace", "brand", "source", "gauged", "type", "webhook").gauge();
        assertThat(up).isNotNull();
        assertThat(up.value()).isEqualTo(1.0);
        assertThat(registry.find("comptoir.source.posts.last.hour").tags("source", "gauged").gauge().value()).isZero();
        HttpResponse<String> asManager = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/comptoir.source.up"))
                .header("Authorization", "Bearer " + manager).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asManager.statusCode()).as("a workspace manager is no global administrator").isEqualTo(403);
        comptoir.accounts().add("root", "root-password", true);
        String root = comptoir.tokens().create("root", "metrics", null).value();
        HttpResponse<String> scrape = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + root).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).containsPattern("comptoir_source_up\\{[^}]*source=\"gauged\"[^}]*\\} 1\\.0");
        api("DELETE", "/api/v1/sources/" + id + "?workspace=brand", null);
        assertThat(registry.find("comptoir.source.up").tags("source", "gauged").gauge()).as("removed with its source").isNull();
    }

    @Test
    void sourcesOfAnotherWorkspaceAreNotFound() throws Exception {
        comptoir.workspaces().create("rival", "rival", null);
        long id = comptoir.sources().add("rival", JSON.readTree("{\"type\":\"webhook\",\"name\":\"theirs\"}")).source().id();
        comptoir.accounts().grant("marie", "rival", Role.VIEWER);
        assertThat(api("GET", "/api/v1/sources/" + id + "?workspace=brand", null).statusCode()).isEqualTo(404);
        assertThat(api("DELETE", "/api/v1/sources/" + id + "?workspace=brand", null).statusCode()).isEqualTo(404);
        assertThat(api("DELETE", "/api/v1/sources/" + id + "?workspace=rival", null).statusCode()).isEqualTo(403);
    }
}
