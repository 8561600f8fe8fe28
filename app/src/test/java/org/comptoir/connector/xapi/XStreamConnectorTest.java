package org.comptoir.connector.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.comptoir.connector.ConnectorContract;
import org.comptoir.connector.LoopbackFaults;
import org.comptoir.source.SourcePoller;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The X filtered stream against a loopback server speaking X API v2's wire format: {@code GET/POST
 * /2/tweets/search/stream/rules} (rules with ids, values and tags; {@code add} and {@code delete.ids}; a
 * {@code meta.summary}), and {@code GET /2/tweets/search/stream}: chunked HTTP/1.1, one JSON object per line ended by
 * CRLF ({@code data}, {@code includes.users}, {@code matching_rules}), blank keep-alive lines, {@code backfill_minutes}
 * re-sending the tweets of the last minutes on a reconnection, one connection per app.
 */
class XStreamConnectorTest extends ConnectorContract {
    private static final String TOKEN = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid";
    private static final long EPOCH = 1_288_834_974_657L;
    private static final String CLOSE = "\u0000close";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private HttpServer server;
    private final List<String[]> tweets = new CopyOnWriteArrayList<>(); // {id, token, published at (ms)}
    private final Map<String, String[]> rules = new ConcurrentHashMap<>(); // id → {value, tag}
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<BlockingQueue<String>> streams = new CopyOnWriteArrayList<>();
    private final AtomicLong ruleIds = new AtomicLong(1_600_000_000_000_000_000L);
    private final LoopbackFaults faults = new LoopbackFaults(); // the next request, whichever it is
    private final LoopbackFaults streamFaults = new LoopbackFaults(); // the next stream connection only
    private volatile boolean cutNextStream;
    private long sequence;

    @Override
    protected URI start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/2/tweets/search/stream/rules", this::rules);
        server.createContext("/2/tweets/search/stream", this::stream);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    protected ObjectNode request(URI uri) {
        ObjectNode request = JSON.createObjectNode();
        request.put("type", "x");
        request.put("name", "x stream");
        request.put("api", uri.toString());
        request.put("stream", true);
        request.put("query", "panne -is:retweet");
        request.put("backfill_minutes", "5");
        request.put("window", "400ms");
        request.put("token", TOKEN);
        return request;
    }

    private boolean troubled(HttpExchange exchange, String where) throws IOException {
        LoopbackFaults.Fault own = where.equals("stream") ? streamFaults.take() : streamFaults.none();
        LoopbackFaults.Fault fault = own.status() > 0 ? own : faults.take();
        return fault.answer(exchange, status -> status == 429 ? "{\"title\":\"ConnectionException\",\"detail\":\"This stream is currently at"
                + " the maximum allowed connection limit.\",\"connection_issue\":\"TooManyConnections\","
                + "\"type\":\"https://api.twitter.com/2/problems/streaming-connection\"}"
                : "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}", "application/json; charset=utf-8");
    }

    private boolean authorised(HttpExchange exchange) throws IOException {
        if (("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return true;
        }
        send(exchange, 401, "{\"title\":\"Unauthorized\",\"status\":401}", Map.of());
        return false;
    }

    private void rules(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + (body.isEmpty() ? "" : " " + body));
        if (troubled(exchange, "rules") || !authorised(exchange)) {
            return;
        }
        String sent = "\"sent\":\"2026-03-01T10:15:00.000Z\"";
        if (exchange.getRequestMethod().equals("GET")) {
            StringBuilder data = new StringBuilder();
            rules.forEach((id, rule) -> data.append(data.length() == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"value\":")
                    .append(JSON.writeValueAsString(rule[0])).append(",\"tag\":").append(JSON.writeValueAsString(rule[1])).append("}"));
            send(exchange, 200, rules.isEmpty() ? "{\"meta\":{" + sent + ",\"result_count\":0}}"
                    : "{\"data\":[" + data + "],\"meta\":{" + sent + ",\"result_count\":" + rules.size() + "}}", Map.of());
            return;
        }
        if (!String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).startsWith("application/json")) {
            send(exchange, 400, "{\"title\":\"Invalid Request\"}", Map.of());
            return;
        }
        JsonNode request = JSON.readTree(body);
        if (request.has("delete")) {
            int deleted = 0;
            for (JsonNode id : request.path("delete").path("ids")) {
                deleted += rules.remove(id.asString()) == null ? 0 : 1;
            }
            send(exchange, 200, "{\"meta\":{" + sent + ",\"summary\":{\"deleted\":" + deleted + ",\"not_deleted\":0}}}", Map.of());
            return;
        }
        StringBuilder created = new StringBuilder();
        for (JsonNode rule : request.path("add")) {
            String id = Long.toString(ruleIds.incrementAndGet());
            rules.put(id, new String[] {rule.path("value").asString(), rule.path("tag").asString()});
            created.append(created.length() == 0 ? "" : ",").append("{\"value\":").append(JSON.writeValueAsString(rule.path("value").asString()))
                    .append(",\"tag\":").append(JSON.writeValueAsString(rule.path("tag").asString())).append(",\"id\":\"").append(id).append("\"}");
        }
        send(exchange, 201, "{\"data\":[" + created + "],\"meta\":{" + sent + ",\"summary\":{\"created\":" + request.path("add").size()
                + ",\"not_created\":0,\"valid\":" + request.path("add").size() + ",\"invalid\":0}}}", Map.of());
    }

    private void stream(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        requests.add("GET " + exchange.getRequestURI().getPath() + "?" + query);
        if (troubled(exchange, "stream") || !authorised(exchange)) {
            return;
        }
        long wait = System.nanoTime() + 2_000_000_000L; // a connection the client dropped is noticed at the next keep-alive
        while (!streams.isEmpty() && System.nanoTime() < wait) {
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
        }
        if (!streams.isEmpty()) {
            send(exchange, 429, "{\"title\":\"ConnectionException\",\"connection_issue\":\"TooManyConnections\"}", Map.of());
            return;
        }
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        boolean cut = cutNextStream;
        cutNextStream = false;
        int backfill = query != null && query.contains("backfill_minutes=") ? Integer.parseInt(query.replaceFirst(".*backfill_minutes=(\\d).*", "$1")) : 0;
        long since = System.currentTimeMillis() - backfill * 60_000L;
        synchronized (this) {
            streams.add(frames);
            if (backfill > 0) {
                tweets.stream().filter(t -> Long.parseLong(t[2]) >= since).forEach(t -> frames.add(line(t[0], t[1])));
            }
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        try {
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                String frame = frames.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                frame = frame == null ? "\r\n" : frame; // keep-alive (X sends one every 20 s)
                if (frame.equals(CLOSE)) {
                    break;
                }
                out.write(frame.getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (cut && frame.startsWith("{\"data\"")) {
                    break;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away
        } finally {
            streams.remove(frames);
            exchange.close();
        }
    }

    private static void send(HttpExchange exchange, int status, String body, Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String line(String id, String token) {
        String tweet = token.equals("!malformed")
                ? "{\"id\":\"" + id + "\",\"text\":\"date illisible\",\"author_id\":\"2244994945\",\"created_at\":\"hier soir\","
                + "\"edit_history_tweet_ids\":[\"" + id + "\"]}"
                : "{\"id\":\"" + id + "\",\"text\":\"panne " + token + " sur la ligne 7\",\"author_id\":\"2244994945\",\"lang\":\"fr\","
                + "\"created_at\":\"2026-03-01T10:15:00.000Z\",\"edit_history_tweet_ids\":[\"" + id + "\"],"
                + "\"public_metrics\":{\"retweet_count\":1,\"reply_count\":0,\"like_count\":4,\"quote_count\":0,\"bookmark_count\":0,"
                + "\"impression_count\":120}}";
        String matching = rules.entrySet().stream().findFirst()
                .map(rule -> "[{\"id\":\"" + rule.getKey() + "\",\"tag\":" + JSON.writeValueAsString(rule.getValue()[1]) + "}]").orElse("[]");
        return "{\"data\":" + tweet + ",\"includes\":{\"users\":[{\"id\":\"2244994945\",\"name\":\"Marie\",\"username\":\"marie_lyon\","
                + "\"public_metrics\":{\"followers_count\":312}}]},\"matching_rules\":" + matching + "}\r\n";
    }

    private void push(String frame) {
        streams.forEach(frames -> frames.add(frame));
    }

    @Override
    protected synchronized void publish(String... tokens) {
        for (String token : tokens) {
            long now = System.currentTimeMillis();
            String id = Long.toString(((now - EPOCH) << 22) + sequence++);
            tweets.add(new String[] {id, token, Long.toString(now)});
            push(line(id, token));
        }
    }

    @Override
    protected void publishMalformed() {
        publish("!malformed");
    }

    @Override
    protected void redeliver(String token) {
        tweets.stream().filter(t -> t[1].equals(token)).findFirst().ifPresent(t -> push(line(t[0], t[1])));
    }

    @Override
    protected String postId(String token) {
        return "x:" + tweets.stream().filter(t -> t[1].equals(token)).findFirst().orElseThrow()[0];
    }

    @Override
    protected void failNext(int status, Map<String, String> headers) {
        faults.failNext(status, headers);
    }

    @Override
    protected void hangNext() {
        faults.hangNext();
    }

    @Override
    protected void disconnectNext() {
        cutNextStream = true;
    }

    @Override
    protected void stop() {
        faults.releaseAll();
        streams.forEach(frames -> frames.add(CLOSE));
        server.stop(0);
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
        }
    }

    private void pollUntil(BooleanSupplier condition, String what) {
        for (int i = 0; i < 20 && !condition.getAsBoolean(); i++) {
            poll();
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    private SourcePoller.Outcome pollUntilError() {
        SourcePoller.Outcome outcome = null;
        for (int i = 0; i < 40 && (outcome == null || outcome.error() == null); i++) {
            outcome = poll();
        }
        assertThat(outcome.error()).as("a poll failed").isNotNull();
        return outcome;
    }

    private JsonNode json() {
        return JSON.valueToTree(comptoir.sources().json(source));
    }

    private Map<String, String> rulesByTag() {
        Map<String, String> byTag = new java.util.TreeMap<>();
        rules.values().forEach(rule -> byTag.put(rule[1], rule[0]));
        return byTag;
    }

    @Test
    void rulesDerivedFromTheTopicsAreSyncedByTagAndFollowTopicChanges() throws Exception {
        comptoir.topics().save(WORKSPACE, "pannes", "(panne OR retard) -grève", null);
        comptoir.topics().save(WORKSPACE, "pain", "tartin*", null);
        rules.put("11", new String[] {"panne", "topic:pannes"}); // changed since
        rules.put("12", new String[] {"boulangerie", "topic:gone"}); // a topic removed
        rules.put("13", new String[] {"from:XDevelopers", "another-program"});
        ObjectNode patch = JSON.createObjectNode();
        patch.putNull("query");
        source = comptoir.sources().update(WORKSPACE, source.id(), patch);
        assertThat(poll().error()).isNull();
        assertThat(rulesByTag()).containsExactly(Map.entry("another-program", "from:XDevelopers"),
                Map.entry("topic:pannes", "(panne OR retard) -grève"));
        assertThat(requests).contains("POST /2/tweets/search/stream/rules {\"delete\":{\"ids\":[\"11\",\"12\"]}}");
        Map<String, JsonNode> shown = new java.util.HashMap<>();
        json().path("rules").forEach(rule -> shown.put(rule.path("topic").asString(), rule));
        assertThat(shown).hasSize(2);
        assertThat(shown.get("pannes").path("rule").asString()).isEqualTo("(panne OR retard) -grève");
        assertThat(shown.get("pannes").path("tag").asString()).isEqualTo("topic:pannes");
        assertThat(shown.get("pain").path("rule").isNull()).isTrue();
        assertThat(shown.get("pain").path("not_derivable").asString()).contains("wildcards");

        comptoir.topics().save(WORKSPACE, "gares", "gare OR #gare", null); // the poller reopens the stream with the new rules
        assertThat(poll().error()).isNull();
        assertThat(rulesByTag()).containsEntry("topic:gares", "gare OR #gare").hasSize(3);
        long posts = requests.stream().filter(r -> r.startsWith("POST")).count();
        poller.close();
        poller = newPoller();
        assertThat(poll().error()).isNull();
        assertThat(requests.stream().filter(r -> r.startsWith("POST")).count()).as("rules already in place: nothing to post").isEqualTo(posts);
    }

    @Test
    void keepAlivesAreSkippedAndALineThatIsNotATweetIsQuarantined() {
        assertThat(poll().error()).isNull();
        waitUntil(() -> streams.size() == 1, "the stream is open");
        push("\r\n");
        publish("k1");
        push("\r\n\r\n");
        push("<html><body>502 Bad Gateway</body></html>\r\n");
        publish("k2");
        pollUntil(() -> stored("k1") && stored("k2"), "both tweets stored");
        assertThat(comptoir.quarantine().list(WORKSPACE, 10)).singleElement()
                .satisfies(record -> assertThat(record.reason()).isNotBlank());
        assertThat(requests).anySatisfy(r -> assertThat(r).startsWith("GET /2/tweets/search/stream?tweet.fields=created_at")
                .contains("expansions=author_id"));
        assertThat(comptoir.sources().health(source).state()).isEqualTo("ok");
        assertThat(poll().next()).as("a stream is fetched again at once").isZero();
    }

    @Test
    void withoutBackfillAReopenedStreamReportsWhatItCouldNotRead() {
        ObjectNode patch = JSON.createObjectNode();
        patch.put("backfill_minutes", "0");
        source = comptoir.sources().update(WORKSPACE, source.id(), patch);
        assertThat(poll().error()).isNull();
        waitUntil(() -> streams.size() == 1, "the stream is open");
        publish("x1");
        pollUntil(() -> stored("x1"), "x1 streamed");
        push("{\"errors\":[{\"title\":\"operational-disconnect\",\"disconnect_type\":\"UpstreamOperationalDisconnect\","
                + "\"detail\":\"This stream has been disconnected upstream for operational reasons.\"}]}\r\n");
        assertThat(pollUntilError().error()).contains("operational-disconnect");
        push(CLOSE);
        waitUntil(streams::isEmpty, "the server closed the stream");
        publish("x2"); // while disconnected: lost, there is no replay
        assertThat(poll().error()).isNull();
        waitUntil(() -> streams.size() == 1, "reopened");
        publish("x3");
        pollUntil(() -> stored("x3"), "x3 streamed after the reopening");
        assertThat(stored("x2")).isFalse();
        assertThat(json().path("gaps")).singleElement().satisfies(gap -> {
            assertThat(gap.path("bridged").asBoolean()).isFalse();
            assertThat(gap.path("reason").asString()).contains("no replay");
            assertThat(gap.path("from").asString()).isEqualTo(XStreamConnector.time(postId("x1").substring(2)).toString());
            assertThat(gap.path("to").asString()).isEqualTo(XStreamConnector.time(postId("x3").substring(2)).toString());
        });
    }

    @Test
    void aSecondConnectionIsRefusedWith429AndWaitsForTheReset() {
        failNextOnStream(429, Map.of("x-rate-limit-limit", "50", "x-rate-limit-remaining", "0",
                "x-rate-limit-reset", Long.toString(java.time.Instant.now().plusSeconds(300).getEpochSecond())));
        SourcePoller.Outcome refused = poll();
        assertThat(refused.error()).contains("429").contains("TooManyConnections");
        assertThat(refused.next()).isBetween(Duration.ofSeconds(290), Duration.ofSeconds(300));
        publish("after");
        pollUntil(() -> stored("after"), "connected once allowed");
    }

    private void failNextOnStream(int status, Map<String, String> headers) {
        streamFaults.failNext(status, headers);
    }
}
