package org.comptoir.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The email notifier against a real SMTP server in the test's process (GreenMail): implicit TLS with authentication, and plain SMTP. */
class EmailNotifierTest {
    GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new com.icegreen.greenmail.util.ServerSetup[] {ServerSetupTest.SMTPS.dynamicPort(), ServerSetupTest.SMTP.dynamicPort()});
        smtp.setUser("alerts@brand.example", "alerts", "correct horse battery");
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    /** GreenMail's certificate is self-signed: this test trusts it (a real server's is checked against the JDK's trust store). */
    static Properties trustTheTestCertificate() {
        Properties p = new Properties();
        p.put("mail.smtps.ssl.trust", "*");
        p.put("mail.smtps.ssl.checkserveridentity", "false");
        return p;
    }

    EmailNotifier overTls(String password) {
        return new EmailNotifier("127.0.0.1", smtp.getSmtps().getPort(), EmailNotifier.Tls.TLS, "alerts", password, "alerts@brand.example",
                List.of("cm@brand.example", "lead@brand.example"), trustTheTestCertificate());
    }

    @Test
    void sendsAnHtmlMailWithAPlainTextPartOverTlsWithAuthentication() throws Exception {
        String answer = overTls("correct horse battery").send(NotifierContract.notification());
        assertThat(answer).contains("2 recipient(s)");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2); // one copy per recipient mailbox
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Comptoir · Grelot — volume");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("alerts@brand.example");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("119 posts about 'Grelot Mobile' <b>where 4.7</b>")
                .contains("- Terms: #boycottgrelot, panne");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(html).contains("&lt;b&gt;where 4.7&lt;/b&gt;").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>").doesNotContain("<b>")
                .contains("<a href=\"/alerts/42?workspace=demo\">");
    }

    @Test
    void aWrongPasswordIsAFinalFailure() {
        assertThatThrownBy(() -> overTls("wrong").send(NotifierContract.notification())).isInstanceOf(Notifier.DeliveryFailed.class)
                .hasMessage("SMTP authentication failed").matches(e -> !((Notifier.DeliveryFailed) e).retryable());
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aPlainRelayWithoutAuthenticationAndAnUnreachableServer() throws Exception {
        new EmailNotifier("127.0.0.1", smtp.getSmtp().getPort(), EmailNotifier.Tls.NONE, null, null, "alerts@brand.example",
                List.of("cm@brand.example"), null).send(NotifierContract.notification());
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        assertThatThrownBy(() -> new EmailNotifier("127.0.0.1", port, EmailNotifier.Tls.NONE, null, null, "alerts@brand.example",
                List.of("cm@brand.example"), null).send(NotifierContract.notification()))
                .isInstanceOf(Notifier.DeliveryFailed.class).matches(e -> ((Notifier.DeliveryFailed) e).retryable());
    }

    @Test
    void badSettingsAreRefusedClearly() {
        assertThatThrownBy(() -> new EmailNotifier("127.0.0.1", 25, EmailNotifier.Tls.NONE, null, null, "not an address", List.of("a@b.example"), null))
                .hasMessageContaining("not an email address");
        assertThatThrownBy(() -> new EmailNotifier("127.0.0.1", 25, EmailNotifier.Tls.NONE, null, null, "a@b.example", List.of(), null))
                .hasMessageContaining("at least one recipient");
        assertThatThrownBy(() -> EmailNotifier.tls("ssl")).hasMessageContaining("use starttls, tls or none");
    }
}
