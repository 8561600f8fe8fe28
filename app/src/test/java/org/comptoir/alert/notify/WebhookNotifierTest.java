package org.comptoir.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebhookNotifierTest extends NotifierContract {
    static final String SECRET = "s3cret-shared-with-the-receiver";
    static final Instant NOW = Instant.parse("2026-10-20T06:00:00Z");

    @Override
    Notifier notifier(String url) {
        return new WebhookNotifier(url, SECRET, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void theReceiverCanVerifyTheSignatureOfTimestampDotBody() throws Exception {
        notifier(url()).send(notification());
        Received r = received.get(0);
        String timestamp = r.headers().get("X-comptoir-timestamp").get(0);
        String signature = r.headers().get("X-comptoir-signature").get(0);
        assertThat(timestamp).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(r.body()).isEqualTo(notification().json());
        // what a receiver does: HMAC-SHA256 of "timestamp.body" with the shared secret, compared in constant time
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal((timestamp + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(WebhookNotifier.sign("other-secret-of-16+".getBytes(StandardCharsets.UTF_8), timestamp, r.body()))
                .isNotEqualTo(signature.substring("sha256=".length()));
    }

    @Test
    void badSettingsAreRefusedClearly() {
        assertThatThrownBy(() -> new WebhookNotifier("ftp://x.example/", SECRET, Clock.systemUTC())).hasMessageContaining("http(s) address");
        assertThatThrownBy(() -> new WebhookNotifier(url(), "short", Clock.systemUTC())).hasMessageContaining("at least 16 characters");
    }
}
