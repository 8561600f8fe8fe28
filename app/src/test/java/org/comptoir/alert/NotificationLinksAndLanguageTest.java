package org.comptoir.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.comptoir.Comptoir;
import org.comptoir.enrich.Enricher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notifications carry absolute links under {@code comptoir.public-url} and the alert's summary in each notifier's language:
 * an English webhook and a French mailbox (GreenMail) hear the same spike.
 */
class NotificationLinksAndLanguageTest {
    static final Instant NOW = AlertsTest.NOW;

    @TempDir
    Path dir;

    @Test
    void eachNotifierGetsAbsoluteLinksAndTheSummaryInItsLanguage() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> bodies = new CopyOnWriteArrayList<>();
        receiver.createContext("/", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try (Comptoir comptoir = Comptoir.open(dir, Enricher.none(), Clock.fixed(NOW, ZoneOffset.UTC))) {
            comptoir.workspaces().create("ws", "ws", null);
            comptoir.topics().save("ws", "Grelot", "grelot", null);
            comptoir.alerts().usePublicUrl("https://comptoir.example/team/");
            comptoir.alerts().saveNotifier("ws", "hook", "webhook", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                    AlertsTest.SECRET, "en");
            comptoir.alerts().saveNotifier("ws", "mail", "email", "smtp://127.0.0.1:" + smtp.getSmtp().getPort()
                    + "?tls=none&from=alerts@brand.example&to=cm@brand.example", null);
            assertThat(comptoir.alerts().notifiers("ws")).extracting(NotifierConfig::name, NotifierConfig::language)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("hook", "en"), org.assertj.core.groups.Tuple.tuple("mail", "fr"));
            comptoir.alerts().create(new AlertRule(0, "ws", "Grelot spike", AlertKind.VOLUME_SPIKE, "Grelot", null, 5, 20, 12,
                    List.of("hook", "mail"), true));
            AlertsTest fixture = new AlertsTest();
            fixture.comptoir = comptoir;
            fixture.history();
            fixture.spike("s", 40);
            comptoir.alerts().evaluate("ws");
            AlertsTest.waitFor(() -> bodies.size() == 1 && smtp.getReceivedMessages().length == 1);

            assertThat(bodies.get(0)).contains("\"summary\":\"40 posts about 'Grelot' in the hour of")
                    .contains("\"dashboard_link\":\"https://comptoir.example/team/dashboard?workspace=ws")
                    .contains("\"search_link\":\"https://comptoir.example/team/search?workspace=ws");
            MimeMessage mail = smtp.getReceivedMessages()[0];
            MimeMultipart parts = (MimeMultipart) mail.getContent();
            String plain = (String) parts.getBodyPart(0).getContent();
            String html = (String) parts.getBodyPart(1).getContent();
            assertThat(plain).contains("40 posts sur « Grelot » dans l'heure de").contains("fois l'habitude").contains("Termes :")
                    .contains("https://comptoir.example/team/dashboard?workspace=ws");
            assertThat(html).contains("href=\"https://comptoir.example/team/dashboard?workspace=ws");
            assertThat(comptoir.alerts().alerts("ws", 1).get(0).summary()).as("stored in English for the API")
                    .startsWith("40 posts about 'Grelot'");
        } finally {
            receiver.stop(0);
            smtp.stop();
        }
    }

    @Test
    void thePublicUrlMustBeAnHttpAddress() {
        assertThat(new PublicUrl(null).absolute("/alerts/3?workspace=ws")).isEqualTo("http://localhost:8080/alerts/3?workspace=ws");
        assertThat(new PublicUrl("https://c.example//").absolute("/x")).isEqualTo("https://c.example/x");
        assertThat(new PublicUrl("https://c.example").absolute("https://elsewhere.example/y")).isEqualTo("https://elsewhere.example/y");
        assertThatThrownBy(() -> new PublicUrl("ftp://c.example")).hasMessageContaining("comptoir.public-url");
        assertThatThrownBy(() -> new PublicUrl("c.example")).hasMessageContaining("comptoir.public-url");
    }

    @Test
    void theSummaryIsWrittenInFrenchByDefaultAndInEnglishOnRequest() {
        Instant peak = Instant.parse("2026-10-20T08:00:00Z");
        assertThat(AlertSummary.of(AlertKind.NEGATIVE_SHARE, "Grelot Mobile", peak, 20, 5, 2, "negative-share-7d", 4, 7.5, null))
                .isEqualTo("20 posts négatifs sur « Grelot Mobile » dans l'heure de 2026-10-20T08:00:00Z, pour 5,0 ± 2,0 attendus"
                        + " (negative-share-7d) : 4,0 fois l'habitude, 7,5 unités de bruit au-dessus");
        assertThat(AlertSummary.of(AlertKind.QUERY_MATCHES, null, peak, 30, 0, 0, "no-history", 0, 0, Locale.ENGLISH))
                .isEqualTo("30 posts about the query in the hour of 2026-10-20T08:00:00Z where none were expected (no-history)");
    }
}
