package org.comptoir.inbox.reply;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Answers on Mastodon: {@code POST /api/v1/statuses} with {@code in_reply_to_id} and an {@code Idempotency-Key}
 * header (Mastodon returns the first status for a key it has seen, so a retry never posts twice). The account's
 * secret is an access token with the {@code write:statuses} scope. The post answered is taken by its status id
 * ({@code mastodon:ID}), which is the id on the instance the posts were read from.
 */
public final class MastodonReplySender implements ReplySender {
    static final String PREFIX = "mastodon:";
    private final HttpClient http;

    public MastodonReplySender(HttpClient http) {
        this.http = http;
    }

    @Override
    public String network() {
        return "mastodon";
    }

    @Override
    public Sent send(ReplyAccount account, OutgoingReply reply) throws ReplyFailure {
        if (!reply.inReplyTo().startsWith(PREFIX)) {
            throw new ReplyFailure(ReplyFailure.Reason.REJECTED, "not a Mastodon post: " + reply.inReplyTo(), null);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", reply.text());
        body.put("in_reply_to_id", reply.inReplyTo().substring(PREFIX.length()));
        body.put("visibility", "public");
        HttpRequest request = HttpRequest.newBuilder(account.baseUrl().resolve("/api/v1/statuses"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + account.secret())
                .header("Idempotency-Key", reply.idempotencyKey())
                .header("Content-Type", "application/json")
                .POST(HttpAnswers.json(body)).build();
        JsonNode status = HttpAnswers.exchange(http, request);
        String id = status.path("id").asString("");
        if (id.isEmpty()) {
            throw new ReplyFailure(ReplyFailure.Reason.UNAVAILABLE, "Mastodon answered without a status id", null);
        }
        return new Sent(PREFIX + id, status.path("url").asString(null));
    }
}
