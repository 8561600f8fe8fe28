package org.comptoir.inbox.presence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.account.Role;
import org.comptoir.inbox.InboxQuery;
import org.comptoir.testing.TestPosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The presence stream over real HTTP (a server on a random port): one agent listens to a conversation's server-sent
 * events while another views it, types, answers and leaves; the reply guard reads the same live state.
 */
class PresenceStreamTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static String base;
    static String marie;
    static String paul;
    static String viewer;
    static long id;
    static org.comptoir.inbox.reply.FakeMastodon mastodon;

    @BeforeAll
    static void start() throws Exception {
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        Comptoir comptoir = app.getBean(Comptoir.class);
        comptoir.workspaces().create("w", "w", null);
        comptoir.employees().replace("w", List.of("@fournil"));
        for (String user : List.of("marie", "paul", "victor")) {
            comptoir.accounts().add(user, user + "-password", false);
            comptoir.accounts().grant(user, "w", "victor".equals(user) ? Role.VIEWER : Role.AGENT);
        }
        marie = comptoir.tokens().create("marie", "t", null).value();
        paul = comptoir.tokens().create("paul", "t", null).value();
        viewer = comptoir.tokens().create("victor", "t", null).value();
        String line = TestPosts.jsonl("m:1", "@fournil ma baguette est crue", "fr", "2026-03-01T10:00:00Z") + "\n";
        comptoir.importer().importStream("w", new java.io.ByteArrayInputStream(line.getBytes(UTF_8)), "a.jsonl", null, null, null);
        id = comptoir.inbox().list("w", InboxQuery.all()).conversations().get(0).id();
        mastodon = new org.comptoir.inbox.reply.FakeMastodon();
        comptoir.replyAccounts().save("w", "mastodon", mastodon.base().toString(), "@fournil",
                org.comptoir.inbox.reply.FakeMastodon.TOKEN, java.time.Instant.now());
    }

    @AfterAll
    static void stop() {
        app.close();
        mastodon.close();
    }

    static HttpResponse<String> call(String token, String method, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An open event stream, its events (name and JSON data) collected by a reader thread. */
    record Events(HttpResponse<Stream<String>> response, BlockingQueue<String[]> queue) implements AutoCloseable {
        static Events open(String token, String path) throws Exception {
            HttpResponse<Stream<String>> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines());
            BlockingQueue<String[]> queue = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                String[] event = new String[2];
                try {
                    for (String line : (Iterable<String>) response.body()::iterator) {
                        if (line.startsWith("event:")) {
                            event[0] = line.substring(6).strip();
                        } else if (line.startsWith("data:")) {
                            event[1] = line.substring(5).strip();
                        } else if (line.isEmpty() && event[1] != null) {
                            queue.add(event.clone());
                            event[0] = null;
                            event[1] = null;
                        }
                    }
                } catch (RuntimeException closed) {
                    // the test closed the stream
                }
            }, "sse-reader");
            reader.setDaemon(true);
            reader.start();
            return new Events(response, queue);
        }

        /** The next event named {@code name} (others are skipped), its data as JSON. */
        JsonNode next(String name) throws InterruptedException {
            while (true) {
                String[] event = queue.poll(30, TimeUnit.SECONDS);
                assertThat(event).as("an event '" + name + "' on the stream").isNotNull();
                if (name.equals(event[0])) {
                    return JSON.readTree(event[1]);
                }
            }
        }

        @Override
        public void close() {
            response.body().close();
        }
    }

    static String presence(String ws) {
        return "/api/v1/conversations/" + id + "/presence?workspace=" + ws;
    }

    @Test
    void anAgentSeesAnotherViewTypeAnswerAndLeaveLive() throws Exception {
        try (Events paulSees = Events.open(paul, presence("w"))) {
            assertThat(paulSees.response().statusCode()).isEqualTo(200);
            assertThat(paulSees.response().headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            assertThat(paulSees.next("presence").path("others").size()).as("alone at first").isZero();

            assertThat(call(marie, "POST", presence("w"), "{\"state\":\"viewing\"}").statusCode()).isEqualTo(200);
            JsonNode viewing = paulSees.next("presence").path("others");
            assertThat(viewing.path(0).path("user").asString()).isEqualTo("marie");
            assertThat(viewing.path(0).path("state").asString()).isEqualTo("viewing");

            HttpResponse<String> typing = call(marie, "POST", presence("w"), "{\"state\":\"typing\"}");
            assertThat(JSON.readTree(typing.body()).path("others").size()).as("Marie does not see herself").isZero();
            assertThat(paulSees.next("presence").path("others").path(0).path("state").asString()).isEqualTo("typing");

            long seen = JSON.readTree(call(paul, "GET", "/api/v1/conversations/" + id + "?workspace=w", null).body())
                    .path("timeline").path(0).path("id").asLong();
            HttpResponse<String> guarded = call(paul, "POST", "/api/v1/conversations/" + id + "/reply?workspace=w",
                    "{\"text\":\"Bonjour\",\"seen\":" + seen + "}");
            assertThat(guarded.statusCode()).as("Marie is typing: a second answer needs a confirmation").isEqualTo(409);
            assertThat(JSON.readTree(guarded.body()).path("typing").path(0).asString()).isEqualTo("marie");

            assertThat(call(marie, "POST", "/api/v1/conversations/" + id + "/reply?workspace=w",
                    "{\"text\":\"Nous regardons\",\"seen\":" + seen + "}").statusCode()).as("nobody else types").isEqualTo(202);
            assertThat(paulSees.next("answered").path("user").asString()).isEqualTo("marie");
            assertThat(paulSees.next("presence").path("others").path(0).path("state").asString())
                    .as("her reply is sent: no longer typing").isEqualTo("viewing");

            assertThat(call(marie, "POST", presence("w"), "{\"state\":\"left\"}").statusCode()).isEqualTo(200);
            assertThat(paulSees.next("presence").path("others").size()).isZero();
        }
    }

    @Test
    void thePageWarnsBeforeAReplyWhileSomeoneElseTypesThenSendsOnConfirmation() throws Exception {
        org.comptoir.web.SignInSession paulPage = new org.comptoir.web.SignInSession(base);
        assertThat(paulPage.signIn("paul", "paul-password").statusCode()).isEqualTo(302);
        String page = paulPage.get("/inbox/" + id + "?workspace=w&locale=en").body();
        java.util.regex.Matcher seenInput = java.util.regex.Pattern.compile("name=\"seen\" value=\"(\\d+)\"").matcher(page);
        assertThat(seenInput.find()).as("the reply form says what the agent saw").isTrue();
        String seen = seenInput.group(1);
        assertThat(call(marie, "POST", presence("w"), "{\"state\":\"typing\"}").statusCode()).isEqualTo(200);
        var held = paulPage.post("/inbox/" + id + "/reply?workspace=w", Map.of("text", "Je m'en occupe", "seen", seen), true);
        assertThat(held.statusCode()).isEqualTo(302);
        String warned = paulPage.get(held.headers().firstValue("Location").orElseThrow().replace(base, "") + "&locale=en").body();
        assertThat(warned).contains("id=\"typing-collision\"").contains("marie was typing a reply")
                .contains("name=\"confirm\" value=\"true\"").contains("Je m&#39;en occupe");
        int before = JSON.readTree(call(paul, "GET", "/api/v1/conversations/" + id + "?workspace=w", null).body()).path("replies").size();
        var sent = paulPage.post("/inbox/" + id + "/reply?workspace=w", Map.of("text", "Je m'en occupe", "seen", seen, "confirm", "true"), true);
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(JSON.readTree(call(paul, "GET", "/api/v1/conversations/" + id + "?workspace=w", null).body()).path("replies").size())
                .isEqualTo(before + 1);
        call(marie, "POST", presence("w"), "{\"state\":\"left\"}");
    }

    @Test
    void aViewerIsSeenViewingButMayNotTypeAndBadStatesAreRefused() throws Exception {
        HttpResponse<String> seen = call(viewer, "POST", presence("w"), "{\"state\":\"viewing\"}");
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(call(marie, "POST", presence("w"), "{\"state\":\"viewing\"}").body()).contains("\"user\":\"victor\"");
        assertThat(call(viewer, "POST", presence("w"), "{\"state\":\"typing\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> bad = call(marie, "POST", presence("w"), "{\"state\":\"writing\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("expected viewing, typing or left");
        call(viewer, "POST", presence("w"), "{\"state\":\"left\"}");
        call(marie, "POST", presence("w"), "{\"state\":\"left\"}");
    }

    @Test
    void anotherWorkspacesConversationOrAMissingOneIs404() throws Exception {
        assertThat(call(paul, "GET", "/api/v1/conversations/" + (id + 999) + "/presence?workspace=w", null).statusCode()).isEqualTo(404);
        assertThat(call(paul, "POST", "/api/v1/conversations/" + (id + 999) + "/presence?workspace=w", "{\"state\":\"viewing\"}")
                .statusCode()).isEqualTo(404);
        assertThat(call(paul, "GET", presence("nope"), null).statusCode()).isEqualTo(404);
    }
}
