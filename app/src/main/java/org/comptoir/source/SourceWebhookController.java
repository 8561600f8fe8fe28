package org.comptoir.source;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/sources/{id}/webhook}: posts pushed by another system, authenticated by their HMAC signature
 * instead of a session or a token (the security chain lets this one path through unauthenticated). A bad or old
 * signature answers 401 and nothing is stored; the workspace is the source's own.
 */
@RestController
class SourceWebhookController {
    private final SourceWebhooks webhooks;

    SourceWebhookController(SourceWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping("/api/v1/sources/{id}/webhook")
    ResponseEntity<Map<String, Object>> receive(@PathVariable long id,
                                                @RequestHeader(name = "X-Comptoir-Timestamp", required = false) String timestamp,
                                                @RequestHeader(name = "X-Comptoir-Signature", required = false) String signature,
                                                HttpServletRequest request) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(SourceWebhooks.MAX_BODY + 1);
        }
        if (body.length > SourceWebhooks.MAX_BODY) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(Map.of("error", "a webhook delivery is at most " + SourceWebhooks.MAX_BODY + " bytes; send several"));
        }
        try {
            SourceWebhooks.Received received = webhooks.receive(id, timestamp, signature, body);
            return ResponseEntity.ok(Map.of("stored", received.stored(), "duplicates", received.duplicates(),
                    "quarantined", received.quarantined()));
        } catch (SourceWebhooks.Refused e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", e.getMessage()));
        }
    }
}
