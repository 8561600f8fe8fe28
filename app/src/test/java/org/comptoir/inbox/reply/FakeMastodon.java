package org.comptoir.inbox.reply;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Mastodon's {@code POST /api/v1/statuses} on loopback: bearer token, JSON body with {@code status} and
 * {@code in_reply_to_id}, {@code Idempotency-Key} (the same key returns the first status, as Mastodon does).
 */
public final class FakeMastodon extends FakeNetwork {
    public static final String TOKEN = "token-write-statuses";
    public static final String KNOWN_STATUS = "109900";
    private final Map<String, String> byKey = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(200_000);

    @Override
    void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/api/v1/statuses") || !exchange.getRequestMethod().equals("POST")) {
            answer(exchange, 404, "{\"error\":\"Record not found\"}");
            return;
        }
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"error\":\"The access token is invalid\"}");
            return;
        }
        if (failedAsPlanned(exchange)) {
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        expect(key != null && !key.isBlank(), "no Idempotency-Key header");
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        expect(type != null && type.startsWith("application/json"), "Content-Type is " + type);
        JsonNode body = body(exchange);
        expect(!body.path("status").asString("").isBlank(), "no status text");
        if (!KNOWN_STATUS.equals(body.path("in_reply_to_id").asString(""))) {
            answer(exchange, 404, "{\"error\":\"Record not found\"}");
            return;
        }
        String json = byKey.computeIfAbsent(key == null ? "none" : key, k -> {
            String id = String.valueOf(ids.incrementAndGet());
            published.add(body.path("status").asString());
            return "{\"id\":\"" + id + "\",\"url\":\"" + base() + "@fournil/" + id + "\",\"in_reply_to_id\":\"" + KNOWN_STATUS
                    + "\",\"content\":\"<p>…</p>\",\"visibility\":\"" + body.path("visibility").asString("public") + "\"}";
        });
        answer(exchange, 200, json);
    }
}
