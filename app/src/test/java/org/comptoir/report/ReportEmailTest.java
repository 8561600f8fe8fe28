package org.comptoir.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.comptoir.Comptoir;
import org.comptoir.enrich.Enricher;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Author;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report by email through the alerts' email notifier, against a real SMTP server in the test's process (GreenMail). */
class ReportEmailTest {
    static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theReportMailCarriesTheHtmlAndItsChartsAsInlineImages() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try (Comptoir comptoir = Comptoir.open(dir, Enricher.none(), Clock.fixed(NOW, ZoneOffset.UTC))) {
            comptoir.workspaces().create("ws", "ws", null);
            comptoir.topics().save("ws", "Us", "alpha", null);
            List<Post> posts = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                String name = "<script>alert(" + i + ")</script>";
                posts.add(new Post("p" + i, Network.X, null, new Author("a" + i, "@a" + i, name, 1L), "alpha <img src=x> panne " + i,
                        null, "fr", NOW.minus(Duration.ofHours(3 + i * 5)), null, null, null, null));
            }
            Pipeline pipeline = comptoir.pipelines().get("ws");
            pipeline.process(posts);
            pipeline.commit();
            comptoir.alerts().saveNotifier("ws", "team", "email", "smtp://127.0.0.1:" + smtp.getSmtp().getPort()
                    + "?tls=none&from=reports@brand.example&to=cm@brand.example", null);

            List<String> outcomes = comptoir.reports().email("ws", Period.WEEK, null, Locale.FRENCH, List.of("team"));
            assertThat(outcomes).singleElement().asString().startsWith("team: accepted by the SMTP server");

            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getSubject()).isEqualTo("Comptoir · Rapport de la semaine · ws");
            MimeMultipart related = (MimeMultipart) received[0].getContent();
            assertThat(related.getContentType()).startsWith("multipart/related");
            MimeMultipart alternatives = (MimeMultipart) related.getBodyPart(0).getContent();
            assertThat((String) alternatives.getBodyPart(0).getContent()).contains("Volume: 9 (0)");
            String html = (String) alternatives.getBodyPart(1).getContent();
            assertThat(html).contains("Chiffres clés", "src=\"cid:volume\"", "src=\"cid:share-of-voice\"", "src=\"cid:pyramid\"")
                    .doesNotContain("<script", "<img src=x>");
            assertThat(related.getCount()).isEqualTo(4);
            List<String> ids = new ArrayList<>();
            for (int i = 1; i < related.getCount(); i++) {
                BodyPart image = related.getBodyPart(i);
                assertThat(image.getContentType()).startsWith("image/png");
                ids.add(((MimeBodyPart) image).getContentID());
                assertThat(ImageIO.read(image.getInputStream())).as("a PNG chart").isNotNull()
                        .satisfies(png -> assertThat(png.getWidth()).isEqualTo(ReportCharts.WIDTH));
            }
            assertThat(ids).containsExactly("<volume>", "<share-of-voice>", "<pyramid>");
            assertThat(comptoir.alerts().attempts("ws", 5)).anySatisfy(a -> assertThat(a.outcome()).isEqualTo("sent"));

            assertThatThrownBy(() -> comptoir.reports().email("ws", Period.WEEK, null, Locale.FRENCH, List.of("nobody")))
                    .hasMessageContaining("no notifier named 'nobody'");
        } finally {
            smtp.stop();
        }
    }
}
