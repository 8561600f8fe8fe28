package org.comptoir.inbox.reply;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Answers on Bluesky through the account's PDS: {@code com.atproto.server.createSession} (handle and app password),
 * {@code app.bsky.feed.getPosts} for the parent's strong ref and its thread root, then
 * {@code com.atproto.repo.createRecord} of an {@code app.bsky.feed.post} with {@code reply.root} and
 * {@code reply.parent}. The record key is a TID derived from the idempotency key, so a retry of a reply the PDS
 * already stored is refused as a duplicate instead of posting twice (and counts as sent).
 */
public final class BlueskyReplySender implements ReplySender {
    static final String PREFIX = "bluesky:";
    private final HttpClient http;

    public BlueskyReplySender(HttpClient http) {
        this.http = http;
    }

    @Override
    public String network() {
        return "bluesky";
    }

    @Override
    public Sent send(ReplyAccount account, OutgoingReply reply) throws ReplyFailure {
        if (!reply.inReplyTo().startsWith(PREFIX + "at://")) {
            throw new ReplyFailure(ReplyFailure.Reason.REJECTED, "not a Bluesky post: " + reply.inReplyTo(), null);
        }
        String parentUri = reply.inReplyTo().substring(PREFIX.length());
        JsonNode session = HttpAnswers.exchange(http, post(account, "com.atproto.server.createSession", null,
                Map.of("identifier", account.handle(), "password", account.secret())));
        String jwt = session.path("accessJwt").asString("");
        String did = session.path("did").asString("");
        if (jwt.isEmpty() || did.isEmpty()) {
            throw new ReplyFailure(ReplyFailure.Reason.UNAUTHORISED, "the PDS opened no session", null);
        }
        JsonNode parent = HttpAnswers.exchange(http, HttpRequest.newBuilder(account.baseUrl().resolve(
                        "/xrpc/app.bsky.feed.getPosts?uris=" + URLEncoder.encode(parentUri, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + jwt).GET().build()).path("posts").path(0);
        if (parent.path("cid").asString("").isEmpty()) {
            throw new ReplyFailure(ReplyFailure.Reason.REJECTED, "the post answered no longer exists: " + parentUri, null);
        }
        Map<String, String> parentRef = Map.of("uri", parent.path("uri").asString(), "cid", parent.path("cid").asString());
        JsonNode root = parent.path("record").path("reply").path("root");
        Map<String, String> rootRef = root.path("cid").asString("").isEmpty() ? parentRef
                : Map.of("uri", root.path("uri").asString(), "cid", root.path("cid").asString());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("$type", "app.bsky.feed.post");
        record.put("text", reply.text());
        record.put("createdAt", reply.createdAt().toString());
        record.put("reply", Map.of("root", rootRef, "parent", parentRef));
        String rkey = Tid.of(reply.createdAt(), reply.idempotencyKey());
        String uri = "at://" + did + "/app.bsky.feed.post/" + rkey;
        try {
            JsonNode created = HttpAnswers.exchange(http, post(account, "com.atproto.repo.createRecord", jwt,
                    Map.of("repo", did, "collection", "app.bsky.feed.post", "rkey", rkey, "record", record)));
            uri = created.path("uri").asString(uri);
        } catch (ReplyFailure e) {
            if (e.reason() != ReplyFailure.Reason.REJECTED || !e.getMessage().contains("already exists")) {
                throw e;
            }
        }
        return new Sent(PREFIX + uri, "https://bsky.app/profile/" + session.path("handle").asString(did) + "/post/" + rkey);
    }

    private static HttpRequest post(ReplyAccount account, String method, String jwt, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(account.baseUrl().resolve("/xrpc/" + method))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json").POST(HttpAnswers.json(body));
        if (jwt != null) {
            request.header("Authorization", "Bearer " + jwt);
        }
        return request.build();
    }
}
