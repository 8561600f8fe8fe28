package org.comptoir.contact;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.account.Role;
import org.comptoir.cli.ComptoirMain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contacts through the API (create from authors, suggestions, profile, merge, export) and the GDPR erasure through
 * the API and the CLI going through the running server: afterwards nothing about the erased person is searchable or
 * exportable, and the audit log only says that an erasure happened.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContactsApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static Comptoir comptoir;
    static String base;
    static String token;

    static String post(String id, String network, String handle, String name, String text, String at, String inReplyTo) {
        return "{\"id\":\"" + id + "\",\"network\":\"" + network + "\",\"author\":{\"handle\":\"" + handle + "\",\"name\":\"" + name
                + "\"},\"text\":\"" + text + "\",\"lang\":\"fr\",\"created_at\":\"" + at + "\""
                + (inReplyTo == null ? "" : ",\"in_reply_to\":\"" + inReplyTo + "\"") + "}";
    }

    @BeforeAll
    static void start() throws Exception {
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        comptoir = app.getBean(Comptoir.class);
        comptoir.workspaces().create("w", "w", null);
        comptoir.employees().replace("w", List.of("@marie@piaille.example"));
        comptoir.accounts().add("boss", "boss-password", false);
        comptoir.accounts().grant("boss", "w", Role.ADMIN);
        token = comptoir.tokens().create("boss", "t", null).value();
        String lines = String.join("\n",
                post("m:a1", "mastodon", "@alice@toot.example", "Alice Martin", "@marie@piaille.example ma commande zanzibar est perdue",
                        "2026-03-01T10:00:00Z", null),
                post("m:m1", "mastodon", "@marie@piaille.example", "Marie", "@alice@toot.example nous regardons", "2026-03-01T11:00:00Z", "m:a1"),
                post("m:a2", "mastodon", "@alice@toot.example", "Alice Martin", "merci zanzibar", "2026-03-01T12:00:00Z", "m:m1"),
                post("b:a3", "bluesky", "alice.bsky.social", "Alice  Martin", "zanzibar toujours rien", "2026-03-09T10:00:00Z", null),
                post("m:o1", "mastodon", "@alice@other.example", "Alice Other", "zanzibar chez moi aussi", "2026-03-02T10:00:00Z", null),
                post("m:b1", "mastodon", "@bob@toot.example", "Bob", "@marie@piaille.example bonjour", "2026-03-03T10:00:00Z", null),
                "{\"id\":\"bad1\",\"network\":\"mastodon\",\"author\":{\"handle\":\"@alice@toot.example\"}}",
                "{\"id\":\"bad2\",\"network\":\"mastodon\",\"author\":{\"handle\":\"@carol@toot.example\"}}") + "\n";
        comptoir.importer().importStream("w", new java.io.ByteArrayInputStream(lines.getBytes(UTF_8)), "a.jsonl", null, null, null);
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

    static JsonNode json(String method, String path, String body, int status) throws Exception {
        HttpResponse<String> response = call(method, path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    static long total(String query) throws Exception {
        return json("GET", "/api/v1/posts?workspace=w&q=" + URLEncoder.encode(query, UTF_8), null, 200).path("total").asLong();
    }

    @Test
    @Order(1)
    void suggestionsGroupAccountsSharingADisplayName() throws Exception {
        JsonNode suggestions = json("GET", "/api/v1/contacts/suggestions?workspace=w", null, 200).path("suggestions");
        assertThat(suggestions).hasSize(1);
        assertThat(suggestions.path(0).path("identities").findValuesAsString("handle"))
                .containsExactlyInAnyOrder("alice@toot.example", "alice.bsky.social");
    }

    @Test
    @Order(2)
    void aContactMadeFromTwoAuthorsShowsTheirPostsAndConversationButNotANamesake() throws Exception {
        JsonNode created = json("POST", "/api/v1/contacts?workspace=w", "{\"identities\":[\"mastodon:@alice@toot.example\"]}", 201);
        long id = created.path("id").asLong();
        assertThat(created.path("name").asString()).isEqualTo("Alice Martin");
        JsonNode other = json("POST", "/api/v1/contacts?workspace=w",
                "{\"name\":\"A. M.\",\"notes\":\"vue au salon\",\"tags\":[\"vip\"],\"identities\":[\"bluesky:alice.bsky.social\"]}", 201);
        JsonNode merged = json("POST", "/api/v1/contacts/" + id + "/merge?workspace=w", "{\"other\":" + other.path("id").asLong() + "}", 200);
        assertThat(merged.path("identities")).hasSize(2);
        assertThat(merged.path("tags").path(0).asString()).isEqualTo("vip");
        json("GET", "/api/v1/contacts/" + other.path("id").asLong() + "?workspace=w", null, 404);
        json("PATCH", "/api/v1/contacts/" + id + "?workspace=w", "{\"notes\":\"cliente fidèle\"}", 200);
        JsonNode profile = json("GET", "/api/v1/contacts/" + id + "?workspace=w", null, 200);
        assertThat(profile.path("post_count").asLong()).isEqualTo(3);
        assertThat(profile.path("posts").findValuesAsString("id")).containsExactly("b:a3", "m:a2", "m:a1");
        assertThat(profile.path("conversations")).hasSize(1);
        assertThat(profile.path("pyramid_level").asString()).isIn("conversant", "advocate");
        assertThat(json("GET", "/api/v1/contacts/suggestions?workspace=w", null, 200).path("suggestions")).isEmpty();
        JsonNode export = json("GET", "/api/v1/contacts/" + id + "/export?workspace=w", null, 200);
        assertThat(export.path("contact").path("notes").asString()).isEqualTo("cliente fidèle");
        assertThat(export.path("posts")).hasSize(3);
        assertThat(export.path("messages").findValuesAsString("post_id")).containsExactly("m:a1", "m:a2");
    }

    @Test
    @Order(3)
    void afterErasureNothingAboutThemIsSearchableOrExportableAndTheAuditKeepsOnlyACount() throws Exception {
        long id = json("GET", "/api/v1/contacts?workspace=w", null, 200).path("contacts").path(0).path("id").asLong();
        assertThat(total("zanzibar")).isEqualTo(4);
        assertThat(json("GET", "/api/v1/quarantine?workspace=w", null, 200)).hasSize(2);
        JsonNode report = json("POST", "/api/v1/gdpr/erase?workspace=w", "{\"contact\":" + id + "}", 200);
        assertThat(report.path("posts").asLong()).isEqualTo(3);
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(out, true, UTF_8));
        try {
            assertThat(ComptoirMain.run("--data", dir.resolve("data").toString(), "--workspace", "w", "gdpr", "erase",
                    "--author", "mastodon:@bob@toot.example")).isZero();
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(UTF_8)).contains("erased 1 post(s)");

        assertThat(total("zanzibar")).isEqualTo(1);
        assertThat(total("author:alice@toot.example OR author:alice.bsky.social OR author:bob@toot.example OR bonjour")).isZero();
        json("GET", "/api/v1/contacts/" + id + "/export?workspace=w", null, 404);
        assertThat(json("GET", "/api/v1/contacts?workspace=w", null, 200).path("total").asLong()).isZero();
        JsonNode conversations = json("GET", "/api/v1/conversations?workspace=w", null, 200);
        assertThat(conversations.path("total").asLong()).isZero();
        JsonNode quarantine = json("GET", "/api/v1/quarantine?workspace=w", null, 200);
        assertThat(quarantine).hasSize(1);
        assertThat(quarantine.toString()).contains("carol").doesNotContainIgnoringCase("alice");

        List<org.comptoir.audit.AuditEntry> audit = comptoir.audit().list("w", 1000);
        assertThat(audit).filteredOn(e -> e.action().equals("gdpr_erasure")).hasSize(2)
                .allSatisfy(e -> assertThat(e.actor()).isNotBlank());
        assertThat(audit.toString()).doesNotContainIgnoringCase("alice").doesNotContainIgnoringCase("bob");
    }
}
