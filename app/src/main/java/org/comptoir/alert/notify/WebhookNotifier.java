package org.comptoir.alert.notify;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts the alert as JSON to a URL, signed like Stripe's and GitHub's webhooks: {@code X-Comptoir-Timestamp} (Unix
 * seconds) and {@code X-Comptoir-Signature: sha256=<hex HMAC-SHA256 of "timestamp.body" with the shared secret>}.
 * A receiver recomputes the HMAC, compares in constant time and refuses old timestamps (replays).
 */
public final class WebhookNotifier implements Notifier {
    public static final String SIGNATURE = "X-Comptoir-Signature";
    public static final String TIMESTAMP = "X-Comptoir-Timestamp";
    private final URI url;
    private final byte[] secret;
    private final Clock clock;

    public WebhookNotifier(String url, String secret, Clock clock) {
        this.url = HttpPoster.checkedUrl(url);
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("a webhook secret needs at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    @Override
    public String send(Notification notification) throws DeliveryFailed {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String body = notification.json();
        return HttpPoster.post(url, body, Map.of(TIMESTAMP, timestamp, SIGNATURE, "sha256=" + sign(secret, timestamp, body)));
    }

    /** The hex HMAC-SHA256 of {@code timestamp + "." + body}. */
    public static String sign(byte[] secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
