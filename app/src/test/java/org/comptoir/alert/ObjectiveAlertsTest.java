package org.comptoir.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.comptoir.Comptoir;
import org.comptoir.enrich.Enricher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An objective at risk raises one alert per episode: the objectives' progress comes from hand-made weekly series (the same
 * status arithmetic {@link Objectives} uses), the alerts go to an English webhook (a loopback receiver) and a French mailbox
 * (GreenMail). Deliveries go out in order on one thread, so the count at the end proves no extra one was sent in between.
 */
class ObjectiveAlertsTest {
    static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    static final Objective TRUST = new Objective(7, "ws", "Confiance Grelot", Objective.Metric.NET_SENTIMENT, "Grelot", 20,
            LocalDate.of(2026, 6, 30));
    static final Objective ADVOCATES = new Objective(8, "ws", "Ambassadeurs <b>50</b>", Objective.Metric.ADVOCATES, null, 50,
            LocalDate.of(2026, 6, 30));

    @TempDir
    Path dir;
    Comptoir comptoir;
    MovingClock clock;
    GreenMail smtp;
    HttpServer receiver;
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final List<String> signatures = new CopyOnWriteArrayList<>();
    volatile List<ObjectiveProgress> progress = List.of();

    @BeforeEach
    void open() throws Exception {
        clock = new MovingClock(NOW);
        comptoir = Comptoir.open(dir, Enricher.none(), clock);
        comptoir.workspaces().create("ws", "ws", null);
        comptoir.topics().save("ws", "Grelot", "grelot", null);
        comptoir.alerts().watch(workspace -> progress);
        comptoir.alerts().usePublicUrl("https://comptoir.example");
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            signatures.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Comptoir-Signature")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        comptoir.alerts().saveNotifier("ws", "hook", "webhook", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                AlertsTest.SECRET, "en");
        comptoir.alerts().saveNotifier("ws", "mail", "email", "smtp://127.0.0.1:" + smtp.getSmtp().getPort()
                + "?tls=none&from=alerts@brand.example&to=cm@brand.example", null);
        comptoir.alerts().saveNotifier("ws", "unused", "webhook", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/unused",
                AlertsTest.SECRET);
    }

    @AfterEach
    void close() {
        comptoir.close();
        receiver.stop(0);
        smtp.stop();
    }

    /** An objective's progress from its four weekly values (oldest first, a week apart, the last one today). */
    static ObjectiveProgress weekly(Objective o, double... values) {
        List<ObjectiveProgress.Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new ObjectiveProgress.Point(TODAY.minusWeeks(values.length - 1 - i), values[i]));
        }
        return Objectives.of(o, points, TODAY);
    }

    void rule(String... recipients) throws Exception {
        comptoir.alerts().create(new AlertRule(0, "ws", "Objectifs", AlertKind.OBJECTIVE_AT_RISK, null, null, 5, 1, 0,
                List.of(recipients), true));
    }

    List<Alert> alertsAbout(Objective o) {
        return comptoir.alerts().alerts("ws", 100).stream()
                .filter(a -> a.explanation().objective() != null && a.explanation().objective().objective().id() == o.id()).toList();
    }

    @Test
    void theHandMadeSeriesHaveTheStatusesTheScenarioNeeds() {
        assertThat(weekly(TRUST, 4, 6, 8, 10).status()).isEqualTo("on-track"); // +2 a week: 36 by the end of June
        assertThat(weekly(TRUST, 10, 9, 8, 7).status()).isEqualTo("at-risk");
        assertThat(weekly(TRUST, 10, 9, 8, 7).projected()).isEqualTo(-6.0); // −1 a week, 13 weeks to go
        assertThat(weekly(ADVOCATES, 10, 10, 10, 10).status()).isEqualTo("at-risk");
        assertThat(weekly(TRUST, 10, 15, 20, 25).status()).isEqualTo("met");
    }

    @Test
    void anObjectiveTurningAtRiskRaisesOneAlertPerEpisodeToTheRuleRecipients() throws Exception {
        rule("hook", "mail");
        progress = List.of(weekly(TRUST, 4, 6, 8, 10), weekly(ADVOCATES, 10, 10, 10, 10));
        assertThat(comptoir.alerts().evaluate("ws")).as("a new objective already at risk raises at once; one on track does not")
                .singleElement().satisfies(a -> assertThat(a.summary()).startsWith("The objective 'Ambassadeurs <b>50</b>' is at risk"));

        progress = List.of(weekly(TRUST, 10, 9, 8, 7), weekly(ADVOCATES, 10, 10, 10, 10));
        assertThat(comptoir.alerts().evaluate("ws")).as("on track → at risk").hasSize(1);
        assertThat(alertsAbout(TRUST)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("objective-at-risk");
            assertThat(a.rule()).isEqualTo("Objectifs");
            assertThat(a.ongoing()).isTrue();
            assertThat(a.summary()).isEqualTo("The objective 'Confiance Grelot' is at risk: net-sentiment on 'Grelot' should be ≥ 20 by "
                    + "2026-06-30; it is 7 over the last 30 days and heading for -6 on that date (weekly trend: 10 → 9 → 8 → 7).");
            assertThat(a.explanation().objective().status()).isEqualTo("at-risk");
        });

        progress = List.of(weekly(TRUST, 10, 9, 8, 6), weekly(ADVOCATES, 10, 10, 10, 9));
        assertThat(comptoir.alerts().evaluate("ws")).as("still at risk: the same episode").isEmpty();
        assertThat(comptoir.alerts().alerts("ws", 100)).hasSize(2);

        progress = List.of(weekly(TRUST, 4, 6, 8, 10), weekly(ADVOCATES, 10, 10, 10, 9));
        assertThat(comptoir.alerts().evaluate("ws")).as("back on track").isEmpty();
        assertThat(alertsAbout(TRUST)).singleElement().satisfies(a -> assertThat(a.end()).isEqualTo(NOW));
        assertThat(alertsAbout(ADVOCATES)).singleElement().satisfies(a -> assertThat(a.ongoing()).isTrue());

        clock.advance(Duration.ofDays(1));
        progress = List.of(weekly(TRUST, 10, 9, 8, 7), weekly(ADVOCATES, 10, 10, 10, 9));
        assertThat(comptoir.alerts().evaluate("ws")).as("at risk again: a second episode").hasSize(1);
        assertThat(alertsAbout(TRUST)).hasSize(2).first().satisfies(a -> {
            assertThat(a.ongoing()).isTrue();
            assertThat(a.start()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        });

        AlertsTest.waitFor(() -> bodies.size() == 3 && smtp.getReceivedMessages().length == 3
                && comptoir.alerts().attempts("ws", 100).size() == 6);
        assertThat(bodies).hasSize(3);
        assertThat(comptoir.alerts().attempts("ws", 100)).extracting(NotificationAttempt::notifier).containsOnly("hook", "mail");
        assertThat(comptoir.alerts().attempts("ws", 100)).allSatisfy(t -> assertThat(t.outcome()).isEqualTo("sent"));
        assertThat(signatures).allSatisfy(s -> assertThat(s).startsWith("sha256="));
        long firstTrust = alertsAbout(TRUST).get(1).id();
        assertThat(bodies.get(1)).contains("\"id\":" + firstTrust).contains("\"kind\":\"objective-at-risk\"")
                .contains("\"summary\":\"The objective 'Confiance Grelot' is at risk")
                .contains("\"status\":\"at-risk\"").contains("\"projected\":-6.0").contains("\"target\":20.0").contains("\"due\":\"2026-06-30\"")
                .contains("\"dashboard_link\":\"https://comptoir.example/dashboard?workspace=ws&topic=Grelot\"");

        MimeMessage mail = smtp.getReceivedMessages()[1];
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        String plain = (String) parts.getBodyPart(0).getContent();
        assertThat(plain).contains("L'objectif « Confiance Grelot » est en danger : net-sentiment sur « Grelot » doit être ≥ 20 au 2026-06-30")
                .contains("Tendance hebdomadaire").contains("2026-03-31 : 7").contains("https://comptoir.example/dashboard?workspace=ws");
        String html = (String) ((MimeMultipart) smtp.getReceivedMessages()[0].getContent()).getBodyPart(1).getContent();
        assertThat(html).as("an objective's name is escaped like any untrusted text").contains("Ambassadeurs &lt;b&gt;50&lt;/b&gt;")
                .doesNotContain("<b>50</b>");
    }

    @Test
    void anObjectiveMetMissedOrDeletedEndsItsEpisodeAndNoDataLeavesItAsItIs() throws Exception {
        rule("hook");
        progress = List.of(weekly(TRUST, 10, 9, 8, 7));
        assertThat(comptoir.alerts().evaluate("ws")).hasSize(1);
        progress = List.of(Objectives.of(TRUST, List.of(), TODAY));
        assertThat(progress.get(0).status()).isEqualTo("no-data");
        comptoir.alerts().evaluate("ws");
        assertThat(alertsAbout(TRUST)).singleElement().satisfies(a -> assertThat(a.ongoing()).isTrue());
        progress = List.of(weekly(TRUST, 10, 15, 20, 25));
        comptoir.alerts().evaluate("ws");
        assertThat(alertsAbout(TRUST)).singleElement().satisfies(a -> assertThat(a.ongoing()).isFalse());
        Objective late = new Objective(9, "ws", "Late", Objective.Metric.ADVOCATES, null, 50, TODAY.minusDays(1));
        progress = List.of(weekly(TRUST, 10, 9, 8, 7), weekly(ADVOCATES, 10, 10, 10, 10));
        assertThat(comptoir.alerts().evaluate("ws")).hasSize(2);
        progress = List.of(weekly(late, 10, 10, 10, 10), weekly(ADVOCATES, 10, 10, 10, 10));
        assertThat(progress.get(0).status()).isEqualTo("missed");
        comptoir.alerts().evaluate("ws");
        assertThat(alertsAbout(TRUST)).as("its objective was deleted").allSatisfy(a -> assertThat(a.ongoing()).isFalse());
        assertThat(alertsAbout(ADVOCATES)).singleElement().satisfies(a -> assertThat(a.ongoing()).isTrue());
        progress = List.of(weekly(new Objective(8, "ws", "Ambassadeurs", Objective.Metric.ADVOCATES, null, 50, TODAY.minusDays(1)),
                10, 10, 10, 10));
        comptoir.alerts().evaluate("ws");
        assertThat(alertsAbout(ADVOCATES)).as("missed").singleElement().satisfies(a -> assertThat(a.ongoing()).isFalse());
    }

    @Test
    void withoutAnObjectiveAtRiskRuleNothingIsRaisedAndADisabledRuleIsSilent() throws Exception {
        progress = List.of(weekly(TRUST, 10, 9, 8, 7));
        assertThat(comptoir.alerts().evaluate("ws")).isEmpty();
        comptoir.alerts().create(new AlertRule(0, "ws", "off", AlertKind.OBJECTIVE_AT_RISK, null, null, 5, 1, 0, List.of("hook"), false));
        assertThat(comptoir.alerts().evaluate("ws")).isEmpty();
        assertThat(comptoir.alerts().alerts("ws", 10)).isEmpty();
    }

    @Test
    void afterNewPostsTheObjectivesAreCheckedAtMostOnceAnHour() throws Exception {
        rule("hook");
        progress = List.of(weekly(TRUST, 4, 6, 8, 10));
        assertThat(comptoir.alerts().evaluate("ws", false)).isEmpty(); // checked now: on track
        progress = List.of(weekly(TRUST, 10, 9, 8, 7));
        clock.advance(Duration.ofMinutes(30));
        assertThat(comptoir.alerts().evaluate("ws", false)).as("checked half an hour ago").isEmpty();
        clock.advance(Duration.ofMinutes(31));
        assertThat(comptoir.alerts().evaluate("ws", false)).as("an hour later").hasSize(1);
        progress = List.of(weekly(TRUST, 4, 6, 8, 10));
        assertThat(comptoir.alerts().evaluate("ws")).as("a requested evaluation checks at once").isEmpty();
        assertThat(alertsAbout(TRUST)).singleElement().satisfies(a -> assertThat(a.ongoing()).isFalse());
    }

    @Test
    void theTimerChecksOnlyTheWorkspacesWithARuleAndAtMostOnceAnHour() throws Exception {
        comptoir.workspaces().create("other", "other", null);
        List<String> asked = new CopyOnWriteArrayList<>();
        comptoir.alerts().watch(workspace -> {
            asked.add(workspace);
            return List.of(weekly(TRUST, 10, 9, 8, 7));
        });
        assertThat(comptoir.alerts().checkObjectivesDue()).as("no rule anywhere").isEmpty();
        assertThat(asked).isEmpty();
        rule("hook");
        assertThat(comptoir.alerts().checkObjectivesDue()).hasSize(1);
        clock.advance(Duration.ofMinutes(50));
        comptoir.alerts().checkObjectivesDue();
        assertThat(asked).as("checked 50 minutes ago").containsExactly("ws");
        clock.advance(Duration.ofMinutes(10));
        assertThat(comptoir.alerts().checkObjectivesDue()).as("still the same episode").isEmpty();
        assertThat(asked).containsExactly("ws", "ws");
    }

    @Test
    void theSummaryIsWrittenAgainInTheReadersLanguage() {
        ObjectiveProgress p = weekly(ADVOCATES, 10, 10, 12, 12.5);
        assertThat(ObjectiveAlerts.summary(p, Locale.FRENCH)).startsWith("L'objectif « Ambassadeurs <b>50</b> » est en danger : advocates doit être ≥ 50")
                .contains("il est à 12,5 sur les 30 derniers jours").contains("10 → 10 → 12 → 12,5");
        assertThat(ObjectiveAlerts.summary(p, Locale.ENGLISH)).contains("advocates should be ≥ 50").contains("it is 12.5 over the last 30 days");
    }

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
