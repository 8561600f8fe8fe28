package org.comptoir.inbox.reply;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * A Bluesky PDS on loopback: {@code com.atproto.server.createSession}, {@code app.bsky.feed.getPosts} (the parent is
 * itself a reply, so its thread root differs from it) and {@code com.atproto.repo.createRecord}, which checks the
 * record ({@code $type}, text, createdAt, {@code reply.root} and {@code reply.parent} strong refs, a TID record key)
 * and refuses a record key it already holds.
 */
final class FakeBluesky extends FakeNetwork {
    static final String HANDLE = "fournil.example";
    static final String APP_PASSWORD = "abcd-efgh-ijkl-mnop";
    static final String DID = "did:plc:fournil";
    static final String ROOT = "at://did:plc:marie/app.bsky.feed.post/3kroot00000aa";
    static final String PARENT = "at://did:plc:marie/app.bsky.feed.post/3kparent0000a";
    private static final String JWT = "jwt-access-1";
    private final Set<String> rkeys = ConcurrentHashMap.newKeySet();

    @Override
    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/xrpc/com.atproto.server.createSession" -> createSession(exchange);
            case "/xrpc/app.bsky.feed.getPosts" -> getPosts(exchange);
            case "/xrpc/com.atproto.repo.createRecord" -> createRecord(exchange);
            default -> answer(exchange, 501, "{\"error\":\"MethodNotImplemented\"}");
        }
    }

    private void createSession(HttpExchange exchange) throws IOException {
        expect(exchange.getRequestMethod().equals("POST"), "createSession is a POST");
        JsonNode body = body(exchange);
        if (!HANDLE.equals(body.path("identifier").asString("")) || !APP_PASSWORD.equals(body.path("password").asString(""))) {
            answer(exchange, 401, "{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}");
            return;
        }
        answer(exchange, 200, "{\"accessJwt\":\"" + JWT + "\",\"refreshJwt\":\"jwt-refresh\",\"handle\":\"" + HANDLE
                + "\",\"did\":\"" + DID + "\"}");
    }

    private boolean authorised(HttpExchange exchange) throws IOException {
        if (!("Bearer " + JWT).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"error\":\"AuthenticationRequired\",\"message\":\"Authentication Required\"}");
            return false;
        }
        return true;
    }

    private void getPosts(HttpExchange exchange) throws IOException {
        if (!authorised(exchange)) {
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        String uris = query == null ? "" : URLDecoder.decode(query.replaceFirst("^uris=", ""), StandardCharsets.UTF_8);
        if (!uris.equals(PARENT)) {
            answer(exchange, 200, "{\"posts\":[]}");
            return;
        }
        answer(exchange, 200, "{\"posts\":[{\"uri\":\"" + PARENT + "\",\"cid\":\"bafyparent\",\"author\":{\"did\":\"did:plc:marie\","
                + "\"handle\":\"marie.ciel.example\"},\"record\":{\"$type\":\"app.bsky.feed.post\",\"text\":\"et la livraison ?\","
                + "\"createdAt\":\"2026-03-10T08:00:00Z\",\"reply\":{\"root\":{\"uri\":\"" + ROOT + "\",\"cid\":\"bafyroot\"},"
                + "\"parent\":{\"uri\":\"" + ROOT + "\",\"cid\":\"bafyroot\"}}}}]}");
    }

    private void createRecord(HttpExchange exchange) throws IOException {
        if (!authorised(exchange) || failedAsPlanned(exchange)) {
            return;
        }
        JsonNode body = body(exchange);
        JsonNode record = body.path("record");
        expect(DID.equals(body.path("repo").asString("")), "repo is not the session's did");
        expect("app.bsky.feed.post".equals(body.path("collection").asString("")), "collection is not app.bsky.feed.post");
        expect("app.bsky.feed.post".equals(record.path("$type").asString("")), "record $type is not app.bsky.feed.post");
        expect(!record.path("text").asString("").isBlank(), "no text");
        expect(!record.path("createdAt").asString("").isBlank(), "no createdAt");
        expect(ROOT.equals(record.path("reply").path("root").path("uri").asString(""))
                && "bafyroot".equals(record.path("reply").path("root").path("cid").asString("")), "reply.root is not the thread's root");
        expect(PARENT.equals(record.path("reply").path("parent").path("uri").asString(""))
                && "bafyparent".equals(record.path("reply").path("parent").path("cid").asString("")), "reply.parent is not the parent");
        String rkey = body.path("rkey").asString("");
        expect(Tid.valid(rkey), "rkey '" + rkey + "' is not a TID");
        if (!rkeys.add(rkey)) {
            answer(exchange, 400, "{\"error\":\"InvalidRequest\",\"message\":\"Record already exists at " + rkey + "\"}");
            return;
        }
        published.add(record.path("text").asString());
        answer(exchange, 200, "{\"uri\":\"at://" + DID + "/app.bsky.feed.post/" + rkey + "\",\"cid\":\"bafynew\"}");
    }
}
