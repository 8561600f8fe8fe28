package org.comptoir.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.comptoir.Comptoir;
import org.comptoir.enrich.Enricher;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Author;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A weekly schedule mailed when it is due, against a real SMTP server in the test's process (GreenMail): the report of the
 * week ending at the due instant, HTML with inline charts and the PDF attached, every send recorded, no second send.
 */
class ReportScheduleEmailTest {
    /** A Wednesday; the workspace counts in Europe/Paris. */
    static final Instant WEDNESDAY = Instant.parse("2026-03-25T10:00:00Z");
    /** The next Monday 08:00 in Paris, after the spring change of clocks (UTC+2). */
    static final Instant DUE = Instant.parse("2026-03-30T06:00:00Z");

    @TempDir
    Path dir;

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant now) {
            this.now = now;
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

    @Test
    void aDueScheduleMailsTheReportOfThePeriodEndingAtItsDueTimeOnceAndRecordsEachSend() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        MovingClock clock = new MovingClock(WEDNESDAY);
        try (Comptoir comptoir = Comptoir.open(dir, Enricher.none(), clock)) {
            comptoir.workspaces().create("ws", "ws", null);
            comptoir.topics().save("ws", "Us", "alpha", null);
            List<Post> posts = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                posts.add(post("in" + i, "<b>Hostile</b>", Instant.parse("2026-03-27T10:00:00Z").plus(Duration.ofHours(i))));
            }
            for (int i = 0; i < 3; i++) {
                posts.add(post("late" + i, "late", DUE.plusSeconds(10 + i)));
            }
            Pipeline pipeline = comptoir.pipelines().get("ws");
            pipeline.process(posts);
            pipeline.commit();
            comptoir.alerts().saveNotifier("ws", "team", "email", "smtp://127.0.0.1:" + smtp.getSmtp().getPort()
                    + "?tls=none&from=reports@brand.example&to=cm@brand.example", null);
            comptoir.alerts().saveNotifier("ws", "down", "email", "smtp://127.0.0.1:" + closedPort()
                    + "?tls=none&from=reports@brand.example&to=cm@brand.example", null);
            comptoir.alerts().saveNotifier("ws", "hook", "webhook", "http://127.0.0.1:9/hook", "0123456789abcdef0123");
            ReportSchedules schedules = comptoir.reportSchedules();

            assertThatThrownBy(() -> schedules.save(weekly(List.of("hook"))))
                    .hasMessageContaining("'hook' is not an email notifier");
            schedules.save(weekly(List.of("team", "down")));
            assertThat(schedules.nextDue("ws")).contains(DUE);
            assertThat(schedules.sendDue()).as("not due on Wednesday").isEmpty();

            clock.now = DUE.plusSeconds(30);
            List<ReportSend> sends = schedules.sendDue();
            assertThat(sends).extracting(ReportSend::recipient, ReportSend::outcome)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("team", "sent"), org.assertj.core.groups.Tuple.tuple("down", "failed"));
            assertThat(sends.get(1).detail()).contains("not delivered");
            assertThat(sends).allSatisfy(s -> assertThat(s.due()).isEqualTo(DUE));
            assertThat(schedules.nextDue("ws")).contains(DUE.plus(Duration.ofDays(7)));
            assertThat(schedules.sendDue()).as("sent once").isEmpty();
            assertThat(schedules.sends("ws", 10)).extracting(ReportSend::outcome).containsExactlyInAnyOrder("sent", "failed");

            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getSubject()).isEqualTo("Comptoir · Rapport de la semaine · ws");
            MimeMultipart mixed = (MimeMultipart) received[0].getContent();
            assertThat(mixed.getContentType()).startsWith("multipart/mixed");
            MimeMultipart related = (MimeMultipart) mixed.getBodyPart(0).getContent();
            assertThat(related.getContentType()).startsWith("multipart/related");
            assertThat(related.getCount()).as("the page and its three charts").isEqualTo(4);
            MimeMultipart alternatives = (MimeMultipart) related.getBodyPart(0).getContent();
            assertThat((String) alternatives.getBodyPart(0).getContent()).as("the week ending at the due time, not at the send")
                    .contains("Volume: 5 (0)");
            String html = (String) alternatives.getBodyPart(1).getContent();
            assertThat(html).contains("Chiffres clés", "src=\"cid:volume\"").doesNotContain("<b>Hostile</b>");
            BodyPart pdf = mixed.getBodyPart(1);
            assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
            assertThat(pdf.getFileName()).isEqualTo("report-ws-week-2026-03-30.pdf");
            assertThat(pdf.getContentType()).startsWith("application/pdf");
            byte[] bytes = pdf.getInputStream().readAllBytes();
            assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

            assertThat(schedules.delete("ws")).isTrue();
            assertThat(schedules.find("ws")).isEmpty();
        } finally {
            smtp.stop();
        }
    }

    static ReportSchedule weekly(List<String> recipients) {
        return new ReportSchedule("ws", Period.WEEK, DayOfWeek.MONDAY, 1, LocalTime.of(8, 0), Locale.FRENCH, recipients, true);
    }

    static Post post(String id, String name, Instant at) {
        return new Post(id, Network.X, null, new Author("a" + id, "@a" + id, name, 1L), "alpha panne " + id, null, "fr", at,
                null, null, null, null);
    }

    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
