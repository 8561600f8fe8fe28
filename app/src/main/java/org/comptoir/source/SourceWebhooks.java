package org.comptoir.source;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.comptoir.connector.Fetch;
import org.comptoir.ingest.ImportFormat;

/**
 * Posts pushed to a webhook source ({@code POST /api/v1/sources/{id}/webhook}): native JSON lines or a JSON
 * array, authenticated by {@code X-Comptoir-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>}
 * with {@code X-Comptoir-Timestamp} (Unix seconds) within ±5 minutes, so a captured request cannot be replayed
 * later. Anything wrong with the signature is refused before a byte of the body is read as posts.
 */
public final class SourceWebhooks {
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    public static final int MAX_BODY = 16 * 1024 * 1024;
    private final Sources sources;

    public SourceWebhooks(Sources sources) {
        this.sources = sources;
    }

    /** The signature is missing, wrong, too old, or the source is not a webhook: answered 401, nothing stored. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** Posts newly stored, duplicates, quarantined. */
    public record Received(int stored, int duplicates, int quarantined) {
    }

    public Received receive(long id, String timestamp, String signature, byte[] body) throws Refused {
        Source source = sources.byId(id).filter(Source::pushed)
                .orElseThrow(() -> new Refused("no webhook source " + id));
        String secret = sources.openSecrets(id).get("secret");
        verify(secret, timestamp, signature, body, sources.clock().instant());
        if (source.paused()) {
            throw new Refused("source " + id + " is paused");
        }
        Instant now = sources.clock().instant();
        SourceIntake.Result result = sources.intake().take(source,
                List.of(new Fetch.Payload(ImportFormat.JSONL, "webhook", body)));
        sources.healthRecords().succeeded(id, now, result.stored(), result.quarantined(), null);
        return new Received(result.stored(), result.duplicates(), result.quarantined());
    }

    static void verify(String secret, String timestamp, String signature, byte[] body, Instant now) throws Refused {
        if (secret == null) {
            throw new Refused("the source has no secret");
        }
        if (timestamp == null || !timestamp.strip().matches("\\d{1,12}")) {
            throw new Refused("missing or malformed X-Comptoir-Timestamp (Unix seconds)");
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        if (Duration.between(at, now).abs().compareTo(TOLERANCE) > 0) {
            throw new Refused("X-Comptoir-Timestamp is more than 5 minutes away from now (replayed or clock skew)");
        }
        if (signature == null || !signature.startsWith("sha256=")) {
            throw new Refused("missing X-Comptoir-Signature: sha256=<hex>");
        }
        byte[] expected = sign(secret, timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw new Refused("X-Comptoir-Signature does not match the body");
        }
    }

    /** {@code sha256=} and the lower-case hex HMAC-SHA256 of {@code timestamp + "." + body}: what a sender computes. */
    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
