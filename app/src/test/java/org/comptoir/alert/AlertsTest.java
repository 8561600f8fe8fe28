package org.comptoir.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.comptoir.Comptoir;
import org.comptoir.enrich.Enricher;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Author;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.comptoir.sql.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules, evaluation as posts arrive, one alert per episode, notification to a loopback webhook, sealed secrets. */
class AlertsTest {
    static final Instant NOW = Instant.parse("2026-03-04T10:20:00Z");
    static final String SECRET = "webhook-secret-0123456789";

    @TempDir
    Path dir;
    Comptoir comptoir;
    HttpServer receiver;
    final List<String> bodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        comptoir = Comptoir.open(dir, Enricher.none(), Clock.fixed(NOW, ZoneOffset.UTC));
        comptoir.workspaces().create("ws", "ws", null);
        comptoir.topics().save("ws", "Grelot", "grelot", null);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void close() {
        comptoir.close();
        receiver.stop(0);
    }

    /** Three weeks of two posts an hour about Grelot, up to the hour before now. */
    void history() {
        List<Post> posts = new ArrayList<>();
        Instant start = NOW.truncatedTo(java.time.temporal.ChronoUnit.HOURS).minus(Duration.ofDays(21));
        for (int h = 0; h < 21 * 24; h++) {
            for (int k = 0; k < 2; k++) {
                posts.add(post("h" + h + "-" + k, "le réseau grelot va bien", start.plus(Duration.ofHours(h)).plusSeconds(60L * k)));
            }
        }
        index(posts);
    }

    void spike(String prefix, int n) {
        List<Post> posts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            posts.add(post(prefix + k, "panne grelot #BoycottGrelot partout", NOW.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusSeconds(k)));
        }
        index(posts);
    }

    void index(List<Post> posts) {
        Pipeline pipeline = comptoir.pipelines().get("ws");
        pipeline.process(posts);
        pipeline.commit();
    }

    static Post post(String id, String text, Instant at) {
        return new Post(id, Network.MASTODON, null, new Author(id, "@a" + (id.hashCode() % 7 + 7) + "@m.example", "A", 10L), text, null, "fr",
                at, null, null, null, null);
    }

    AlertRule rule(String name, List<String> recipients) {
        return new AlertRule(0, "ws", name, AlertKind.VOLUME_SPIKE, "Grelot", null, 5, 20, 12, recipients, true);
    }

    @Test
    void anEpisodeRaisesOneAlertHoweverOftenItIsEvaluatedAndItsNotifierHearsIt() throws Exception {
        comptoir.alerts().saveNotifier("ws", "team", "webhook", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", SECRET);
        comptoir.alerts().create(rule("Grelot spike", List.of("team")));
        history();
        assertThat(comptoir.alerts().evaluate("ws")).as("a calm history").isEmpty();
        spike("s", 40);
        comptoir.alerts().evaluate("ws"); // the background evaluation of the new posts may have raised it first
        List<Alert> raised = comptoir.alerts().alerts("ws", 10);
        assertThat(raised).hasSize(1);
        Alert alert = raised.get(0);
        assertThat(alert.ongoing()).isTrue();
        assertThat(alert.observed()).isEqualTo(40);
        assertThat(alert.expected()).isEqualTo(2.0);
        assertThat(alert.explanation().terms()).extracting(org.comptoir.analytics.Figures.Term::term).contains("#boycottgrelot");
        assertThat(alert.explanation().verbatims()).as("a spike after a quiet hour still has its verbatims").isNotEmpty();
        spike("t", 10);
        assertThat(comptoir.alerts().evaluate("ws")).as("the same episode, evaluated again").isEmpty();
        assertThat(comptoir.alerts().alerts("ws", 10)).singleElement().satisfies(a -> assertThat(a.observed()).isEqualTo(50));
        waitFor(() -> !bodies.isEmpty() && !comptoir.alerts().attempts("ws", 10).isEmpty());
        assertThat(bodies).singleElement().asString().contains("\"summary\"").contains("Grelot");
        assertThat(comptoir.alerts().attempts("ws", 10)).singleElement()
                .satisfies(a -> assertThat(a.outcome() + " " + a.detail()).isEqualTo("sent HTTP 204"));
    }

    @Test
    void postsArrivingAreEvaluatedInTheBackground() throws Exception {
        comptoir.alerts().create(rule("Grelot spike", List.of()));
        history();
        spike("s", 40);
        waitFor(() -> !comptoir.alerts().alerts("ws", 10).isEmpty());
        assertThat(comptoir.alerts().alerts("ws", 10)).singleElement().satisfies(a -> assertThat(a.rule()).isEqualTo("Grelot spike"));
    }

    @Test
    void secretsAreSealedAtRestAndNeverShown() {
        comptoir.alerts().saveNotifier("ws", "team", "webhook", "https://hooks.example/x", SECRET);
        comptoir.alerts().saveNotifier("ws", "chat", "slack", "https://chat.example/hooks/T000/B000/XXXXsecretpath", null);
        List<String> stored = Sql.query(comptoir.dataSource(), "select url || ' ' || sealed_secret from notifier", row -> row.getString(1));
        assertThat(String.join("\n", stored)).doesNotContain(SECRET).doesNotContain("XXXXsecretpath");
        assertThat(comptoir.alerts().notifiers("ws")).extracting(NotifierConfig::target)
                .containsExactly("chat.example", "https://hooks.example/x");
    }

    @Test
    void rulesAreChangedAndRemovedAndTheAuditLogSaysSo() throws Exception {
        AlertRule created = comptoir.alerts().create(rule("Grelot spike", List.of()));
        AlertRule changed = new AlertRule(created.id(), "ws", "Grelot négatif", AlertKind.NEGATIVE_SPIKE, "Grelot", null, 4, 10, 6, List.of(), true);
        assertThat(comptoir.alerts().update(changed)).hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(AlertKind.NEGATIVE_SPIKE));
        assertThat(comptoir.alerts().rules("ws")).extracting(AlertRule::name).containsExactly("Grelot négatif");
        assertThat(comptoir.alerts().delete("ws", created.id())).isTrue();
        assertThat(comptoir.alerts().delete("ws", created.id())).isFalse();
        assertThat(comptoir.alerts().rules("ws")).isEmpty();
        assertThat(comptoir.audit().list("ws", 10)).extracting(org.comptoir.audit.AuditEntry::action)
                .contains("alert_rule_created", "alert_rule_changed", "alert_rule_removed");
    }

    @Test
    void badRulesAreRefusedWithAClearReason() {
        assertThatThrownBy(() -> comptoir.alerts().create(new AlertRule(0, "ws", "x", AlertKind.VOLUME_SPIKE, "Nope", null, 5, 20, 12, List.of(), true)))
                .hasMessageContaining("unknown topic 'Nope'");
        assertThatThrownBy(() -> comptoir.alerts().create(rule("x", List.of("nobody")))).hasMessageContaining("unknown notifier 'nobody'");
        assertThatThrownBy(() -> new AlertRule(0, "ws", "x", AlertKind.VOLUME_SPIKE, null, null, 5, 20, 12, List.of(), true))
                .hasMessageContaining("a topic, a query or both");
        assertThatThrownBy(() -> new AlertRule(0, "ws", "x", AlertKind.VOLUME_SPIKE, "Grelot", null, 0.5, 20, 12, List.of(), true))
                .hasMessageContaining("sensitivity must be between 1 and 20");
        assertThatThrownBy(() -> comptoir.alerts().create(new AlertRule(0, "ws", "q", AlertKind.QUERY_MATCHES, null, "grelot AND (", 5, 1, 12,
                List.of(), true))).isInstanceOf(org.comptoir.query.QuerySyntaxException.class);
        assertThatThrownBy(() -> AlertKind.fromLabel("spike")).hasMessageContaining("volume-spike, negative-spike, query-matches");
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 60 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
