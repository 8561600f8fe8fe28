package org.comptoir.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.comptoir.Comptoir;
import org.comptoir.connector.Connectors;
import org.comptoir.connector.HttpFetcher;
import org.comptoir.enrich.Enricher;
import org.comptoir.source.Source;
import org.comptoir.source.SourcePoller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A source that stops delivering, or whose credentials expire within 7 days, reaches the workspace's notifiers
 * (a loopback webhook receiver checking nothing but what arrives) once per episode: not again at the next failed
 * poll, again only after the source recovered and failed anew. Deliveries go out in order on one thread, so a
 * later expected delivery proves an earlier unexpected one did not happen.
 */
class SourceAlertsTest {
    static final Instant NOW = Instant.parse("2026-03-04T10:20:00Z");
    static final String FEED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Blog</title>"
            + "<link>https://blog.example/</link><description>d</description><item><title>Panne</title>"
            + "<link>https://blog.example/panne</link><guid>https://blog.example/panne</guid><description>panne du four</description>"
            + "<pubDate>Wed, 04 Mar 2026 09:00:00 GMT</pubDate></item></channel></rss>";

    @TempDir
    Path dir;
    Comptoir comptoir;
    HttpServer server;
    SourcePoller poller;
    volatile int feedStatus = 401;
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final List<String> signatures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        comptoir = Comptoir.open(dir, Enricher.none(), Clock.fixed(NOW, ZoneOffset.UTC));
        comptoir.workspaces().create("ws", "ws", null);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            signatures.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Comptoir-Signature")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/feed", exchange -> {
            byte[] body = feedStatus == 200 ? FEED.getBytes(StandardCharsets.UTF_8) : "Unauthorized".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", feedStatus == 200 ? "application/rss+xml" : "text/plain");
            exchange.sendResponseHeaders(feedStatus, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        comptoir.alerts().saveNotifier("ws", "team", "webhook", "http://127.0.0.1:" + server.getAddress().getPort() + "/hook",
                "webhook-secret-0123456789");
        poller = new SourcePoller(comptoir.sources(), new Connectors(HttpFetcher.client(Duration.ofSeconds(5)), Duration.ofSeconds(5),
                Clock.systemUTC()), comptoir.events());
    }

    @AfterEach
    void close() {
        poller.close();
        comptoir.close();
        server.stop(0);
    }

    Source add(String name, String expireAt) {
        ObjectNode request = JsonMapper.builder().build().createObjectNode();
        request.put("type", "rss");
        request.put("name", name);
        request.put("url", "http://127.0.0.1:" + server.getAddress().getPort() + "/feed");
        request.put("comments", "false");
        if (expireAt != null) {
            request.put("credentials_expire_at", expireAt);
        }
        return comptoir.sources().add("ws", request).source();
    }

    @Test
    void aSourceTurningFailingIsNotifiedOncePerEpisode() throws Exception {
        Source blog = add("blog", null);
        poller.poll(blog.id());
        assertThat(comptoir.sources().health(blog).state()).isEqualTo("failing");
        AlertsTest.waitFor(() -> bodies.size() == 1);
        poller.poll(blog.id()); // still failing: the same episode, no new alert
        feedStatus = 200;
        poller.poll(blog.id());
        assertThat(comptoir.sources().health(blog).state()).isEqualTo("ok");
        feedStatus = 401;
        poller.poll(blog.id()); // a new episode
        AlertsTest.waitFor(() -> bodies.size() == 2 && comptoir.alerts().attempts("ws", 10).size() == 2);
        assertThat(bodies).hasSize(2).allSatisfy(body -> assertThat(body)
                .contains("\"kind\":\"source-stopped\"").contains("\"state\":\"failing\"").contains("\"name\":\"blog\"")
                .contains("HTTP 401"));
        assertThat(signatures).allSatisfy(signature -> assertThat(signature).startsWith("sha256="));
        assertThat(comptoir.alerts().attempts("ws", 10)).allSatisfy(attempt -> assertThat(attempt.outcome()).isEqualTo("sent"));
    }

    @Test
    void credentialsExpiringWithinSevenDaysAreNotifiedOnce() throws Exception {
        feedStatus = 200;
        Source blog = add("blog", "2026-03-09");
        poller.poll(blog.id());
        assertThat(comptoir.sources().health(blog).state()).isEqualTo("credentials_expiring");
        poller.poll(blog.id()); // the same episode
        feedStatus = 401;
        poller.poll(blog.id()); // a failing episode, delivered after the first, in order
        AlertsTest.waitFor(() -> bodies.size() == 2);
        assertThat(bodies.get(0)).contains("\"state\":\"credentials_expiring\"").contains("2026-03-09");
        assertThat(bodies.get(1)).contains("\"state\":\"failing\"");
    }

    @Test
    void aSourceStoppedRuleTurnsEachEpisodeIntoAnAlertForItsRecipientsOnly() throws Exception {
        comptoir.alerts().saveNotifier("ws", "other", "webhook", "http://127.0.0.1:" + server.getAddress().getPort() + "/other",
                "webhook-secret-0123456789");
        comptoir.alerts().create(new AlertRule(0, "ws", "sources", AlertKind.SOURCE_STOPPED, null, null, 5, 1, 0, List.of("team"), true));
        Source blog = add("blog", null);
        poller.poll(blog.id());
        AlertsTest.waitFor(() -> bodies.size() == 1);
        List<Alert> raised = comptoir.alerts().alerts("ws", 10);
        assertThat(raised).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("source-stopped");
            assertThat(a.rule()).isEqualTo("sources");
            assertThat(a.ongoing()).isTrue();
            assertThat(a.summary()).contains("'blog'").contains("HTTP 401");
        });
        assertThat(bodies.get(0)).contains("\"kind\":\"source-stopped\"").contains("\"alert_id\":" + raised.get(0).id())
                .contains("\"rule\":\"sources\"");
        poller.poll(blog.id()); // the same episode
        feedStatus = 200;
        poller.poll(blog.id());
        assertThat(comptoir.alerts().alerts("ws", 10)).singleElement().satisfies(a -> assertThat(a.end()).isNotNull());
        feedStatus = 401;
        poller.poll(blog.id()); // a new episode, a new alert
        AlertsTest.waitFor(() -> bodies.size() == 2 && comptoir.alerts().attempts("ws", 10).size() == 2);
        assertThat(comptoir.alerts().alerts("ws", 10)).hasSize(2).first().satisfies(a -> assertThat(a.ongoing()).isTrue());
        assertThat(comptoir.alerts().attempts("ws", 10)).extracting(NotificationAttempt::notifier).containsOnly("team");
    }

    @Test
    void aWorkspaceWithoutNotifiersOnlyShowsTheStateOnItsPage() {
        comptoir.alerts().deleteNotifier("ws", "team");
        Source blog = add("blog", null);
        poller.poll(blog.id());
        assertThat(comptoir.sources().health(blog).state()).isEqualTo("failing");
        assertThat(comptoir.alerts().attempts("ws", 10)).isEmpty();
    }
}
