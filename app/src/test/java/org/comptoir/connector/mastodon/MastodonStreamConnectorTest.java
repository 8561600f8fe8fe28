package org.comptoir.connector.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BooleanSupplier;
import org.comptoir.connector.ConnectorContract;
import org.comptoir.connector.LoopbackFaults;
import org.comptoir.source.SourcePoller;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Mastodon streaming connector against a loopback instance speaking both of Mastodon's wire formats: the
 * streaming API ({@code GET /api/v1/streaming/hashtag?tag=panne}, {@code text/event-stream} over chunked HTTP/1.1,
 * {@code :)} on opening, {@code :thump} heartbeats, {@code event: update} with a Status JSON split over several
 * {@code data:} lines, {@code event: delete}, CRLF and LF line endings) and the REST hashtag timeline with
 * {@code min_id} paging and the {@code Link} header, used to catch up after any break.
 */
class MastodonStreamConnectorTest extends ConnectorContract {
    private static final String TOKEN = "app-token-456";
    private static final String CLOSE = "\u0000close";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private HttpServer server;
    private String base;
    private final List<String[]> statuses = new CopyOnWriteArrayList<>(); // {id, token or "!malformed"}
    private final List<String> redelivered = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<BlockingQueue<String>> streams = new CopyOnWriteArrayList<>();
    private final LoopbackFaults faults = new LoopbackFaults();
    private volatile boolean cutNextStream;
    private volatile Runnable onNextStreamOpen;
    private long nextId = System.currentTimeMillis() << 16; // Mastodon ids: milliseconds since 1970, then 16 bits

    @Override
    protected URI start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/timelines/", this::timeline);
        server.createContext("/api/v1/streaming/", this::stream);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        return URI.create(base);
    }

    @Override
    protected ObjectNode request(URI uri) {
        ObjectNode request = JSON.createObjectNode();
        request.put("type", "mastodon");
        request.put("instance", uri.toString());
        request.put("timeline", "tag:panne");
        request.put("stream", true);
        request.put("window", "400ms");
        request.put("token", TOKEN);
        return request;
    }

    /** Answers the next request's fault, if any; true when it did (the request is over). */
    private boolean troubled(HttpExchange exchange) throws IOException {
        return faults.take().answer(exchange, status -> "{\"error\":\"The access token is invalid\"}", "application/json; charset=utf-8");
    }

    private boolean authorised(HttpExchange exchange) throws IOException {
        if (("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return true;
        }
        exchange.sendResponseHeaders(401, -1);
        exchange.close();
        return false;
    }

    private void stream(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI().getPath() + "?" + exchange.getRequestURI().getRawQuery());
        if (troubled(exchange) || !authorised(exchange)) {
            return;
        }
        if (!exchange.getRequestURI().getPath().equals("/api/v1/streaming/hashtag")
                || !"tag=panne".equals(exchange.getRequestURI().getRawQuery())) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        boolean cut = cutNextStream;
        cutNextStream = false;
        streams.add(frames);
        Runnable hook = onNextStreamOpen;
        onNextStreamOpen = null;
        if (hook != null) {
            hook.run();
        }
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0); // chunked, open-ended
        OutputStream out = exchange.getResponseBody();
        try {
            out.write(":)\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                String frame = frames.take();
                if (frame.equals(CLOSE)) {
                    break;
                }
                out.write(frame.getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (cut && frame.contains("event: update")) {
                    out.write("event: update\ndata: {\"id\":\"9".getBytes(StandardCharsets.UTF_8)); // a frame cut in the middle
                    out.flush();
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

    private void timeline(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(exchange.getRequestURI().getPath() + "?" + query);
        if (troubled(exchange) || !authorised(exchange)) {
            return;
        }
        if (!exchange.getRequestURI().getPath().equals("/api/v1/timelines/tag/panne")) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        long minId = param(query, "min_id");
        List<String[]> page = new ArrayList<>();
        for (String[] status : statuses) { // oldest first: the page right after min_id
            if (Long.parseLong(status[0]) > minId && page.size() < MastodonConnector.PAGE) {
                page.add(status);
            }
        }
        if (minId < 0 && statuses.size() > MastodonConnector.PAGE) {
            page = new ArrayList<>(statuses.subList(statuses.size() - MastodonConnector.PAGE, statuses.size()));
        }
        for (String token : redelivered) {
            statuses.stream().filter(s -> s[1].equals(token)).findFirst().ifPresent(page::add);
        }
        redelivered.clear();
        page.sort((a, b) -> Long.compare(Long.parseLong(b[0]), Long.parseLong(a[0])));
        StringBuilder json = new StringBuilder("[");
        for (String[] status : page) {
            json.append(json.length() > 1 ? "," : "").append(MastodonConnectorTest.status(status[0], status[1]));
        }
        byte[] body = json.append("]").toString().getBytes(StandardCharsets.UTF_8);
        if (!page.isEmpty()) {
            String path = base + "/api/v1/timelines/tag/panne?limit=40";
            exchange.getResponseHeaders().add("Link", "<" + path + "&max_id=" + page.get(page.size() - 1)[0] + ">; rel=\"next\", <"
                    + path + "&min_id=" + page.get(0)[0] + ">; rel=\"prev\"");
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static long param(String query, String name) {
        for (String pair : (query == null ? "" : query).split("&")) {
            if (pair.startsWith(name + "=")) {
                return Long.parseLong(pair.substring(name.length() + 1));
            }
        }
        return -1;
    }

    /** An {@code update} event as Mastodon frames it; every other one split over two data lines and ended by CRLF. */
    private static String update(String id, String token) {
        String status = MastodonConnectorTest.status(id, token);
        if (Long.parseLong(id) % 2 == 0) {
            int split = status.indexOf(",\"created_at\"");
            split = split < 0 ? status.indexOf(",\"content\"") : split;
            return ":thump\r\nevent: update\r\ndata: " + status.substring(0, split + 1) + "\r\ndata: " + status.substring(split + 1) + "\r\n\r\n";
        }
        return ":thump\nevent: update\ndata:" + status + "\n\n";
    }

    private void push(String frame) {
        streams.forEach(frames -> frames.add(frame));
    }

    @Override
    protected synchronized void publish(String... tokens) {
        for (String token : tokens) {
            String id = Long.toString(nextId++);
            statuses.add(new String[] {id, token});
            push(update(id, token));
        }
    }

    @Override
    protected void publishMalformed() {
        publish("!malformed");
    }

    @Override
    protected void redeliver(String token) {
        redelivered.add(token);
        statuses.stream().filter(s -> s[1].equals(token)).findFirst().ifPresent(s -> push(update(s[0], s[1])));
    }

    @Override
    protected String postId(String token) {
        return "mastodon:" + statuses.stream().filter(s -> s[1].equals(token)).findFirst().orElseThrow()[0];
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

    /** Every open stream sends a frame cut in the middle and closes; returns once none is open. */
    private void cutOpenStreams() {
        streams.forEach(frames -> frames.add(":thump\nevent: update\ndata: {\"id\":\"12"));
        streams.forEach(frames -> frames.add(CLOSE));
        waitUntil(streams::isEmpty, "every stream closed");
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

    /** Polls until the condition holds (at most 20 polls, each bounded by the window). */
    private void pollUntil(BooleanSupplier condition, String what) {
        for (int i = 0; i < 20 && !condition.getAsBoolean(); i++) {
            poll();
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    /** Polls until one fails (at most 40 polls, each bounded by the window); returns that one. */
    private SourcePoller.Outcome pollUntilError() {
        SourcePoller.Outcome outcome = null;
        for (int i = 0; i < 40 && (outcome == null || outcome.error() == null); i++) {
            outcome = poll();
        }
        assertThat(outcome.error()).as("a poll failed").isNotNull();
        return outcome;
    }

    private long restRequests() {
        return requests.stream().filter(r -> r.startsWith("/api/v1/timelines/")).count();
    }

    private JsonNode gaps() {
        return JSON.valueToTree(comptoir.sources().json(source)).path("gaps");
    }

    @Test
    void statusesArriveOnTheStreamFramedAsServerSentEventsWithoutPollingRest() {
        publish("old");
        assertThat(poll().error()).isNull();
        assertThat(stored("old")).as("the newest REST page first: the stream has no replay").isTrue();
        waitUntil(() -> streams.size() == 1, "the stream is open");
        long restBefore = restRequests();
        publish("s1", "s2");
        push(":thump\n\nevent: delete\ndata: 111000000000000000\n\n");
        publish("s3");
        pollUntil(() -> stored("s1") && stored("s2") && stored("s3"), "the three statuses streamed");
        assertThat(count()).isEqualTo(4);
        assertThat(restRequests()).as("live statuses come from the stream only").isEqualTo(restBefore);
        assertThat(poll().next()).as("a stream is fetched again at once").isZero();
        assertThat(comptoir.sources().health(source).lag()).as("a stream's lag: its newest status").isLessThan(Duration.ofMinutes(5));
        assertThat(requests).contains("/api/v1/streaming/hashtag?tag=panne");
        assertThat(comptoir.sources().health(source).state()).isEqualTo("ok");
        assertThat(gaps()).as("no break, no gap").isEmpty();
    }

    @Test
    void aBreakInTheMiddleOfAFrameIsBridgedByRestWithNothingLostAndNothingStoredTwice() {
        assertThat(poll().error()).isNull();
        waitUntil(() -> streams.size() == 1, "the stream is open");
        publish("b1");
        pollUntil(() -> stored("b1"), "b1 streamed");
        String b1 = postId("b1").substring("mastodon:".length());
        cutOpenStreams();
        publish("b2", "b3"); // while no stream is open: only REST has them
        onNextStreamOpen = () -> publish("both"); // published as the stream reopens: on the stream and in the REST page
        SourcePoller.Outcome broken = pollUntilError();
        assertThat(broken.error()).as("the break is an error, retried with backoff").contains("stream closed by the server");
        pollUntil(() -> stored("b2") && stored("b3") && stored("both"), "the statuses of the break read by REST");
        assertThat(requests).contains("/api/v1/timelines/tag/panne?limit=40&min_id=" + b1);
        publish("b4");
        pollUntil(() -> stored("b4"), "live again after the catch-up");
        assertThat(count()).as("each status once").isEqualTo(5);
        assertThat(gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.path("bridged").asBoolean()).isTrue();
            assertThat(gap.path("reason").asString()).contains("read again by REST");
            assertThat(gap.path("from").asString()).isEqualTo(MastodonStreamConnector.time(b1).toString());
        });
    }

    @Test
    void aCatchUpLongerThanItsLimitGoesLiveAndReportsTheStretchItDidNotRead() {
        ObjectNode patch = JSON.createObjectNode();
        patch.put("catch_up_pages", "1");
        source = comptoir.sources().update(WORKSPACE, source.id(), patch);
        assertThat(poll().error()).isNull();
        waitUntil(() -> streams.size() == 1, "the stream is open");
        publish("live");
        pollUntil(() -> stored("live"), "live streamed");
        cutOpenStreams();
        String[] burst = new String[45];
        for (int i = 0; i < burst.length; i++) {
            burst[i] = "burst" + i;
        }
        publish(burst);
        assertThat(pollUntilError().error()).contains("stream closed");
        pollUntil(() -> gaps().size() == 1, "the gap recorded");
        JsonNode gap = gaps().get(0);
        assertThat(gap.path("bridged").asBoolean()).isFalse();
        assertThat(gap.path("reason").asString()).contains("catch_up_pages");
        assertThat(stored("burst0") && stored("burst39")).as("the one page read").isTrue();
        assertThat(stored("burst40")).as("beyond the limit: not read, and said so").isFalse();
        publish("after");
        pollUntil(() -> stored("after"), "live again");
    }

    @Test
    void aStreamThatFallsSilentIsTakenForDeadAndReopened() {
        ObjectNode patch = JSON.createObjectNode();
        patch.put("idle", "500ms");
        patch.put("window", "300ms");
        source = comptoir.sources().update(WORKSPACE, source.id(), patch);
        assertThat(poll().error()).isNull();
        assertThat(pollUntilError().error()).contains("no event nor heartbeat for");
        publish("revived");
        pollUntil(() -> stored("revived"), "reopened and caught up");
    }

    @Test
    void aMalformedStatusOrDataThatIsNotJsonOnTheStreamIsQuarantinedAndTheStreamGoesOn() {
        assertThat(poll().error()).isNull();
        waitUntil(() -> streams.size() == 1, "the stream is open");
        publish("q1");
        publishMalformed();
        push("event: update\ndata: <html>502 Bad Gateway</html>\n\n");
        publish("q2");
        pollUntil(() -> stored("q1") && stored("q2"), "the good statuses stored");
        assertThat(comptoir.quarantine().list(WORKSPACE, 10)).hasSize(2)
                .allSatisfy(record -> assertThat(record.reason()).isNotBlank());
    }

    @Test
    void eachStreamableTimelineHasItsStreamingPath() {
        java.util.function.Function<String, String> path = timeline -> {
            ObjectNode settings = request(URI.create(base));
            settings.put("timeline", timeline);
            return MastodonSettings.of(new org.comptoir.connector.Settings("mastodon", settings, Map.of("token", TOKEN))).streamPath();
        };
        assertThat(path.apply("public")).isEqualTo("/api/v1/streaming/public");
        assertThat(path.apply("local")).isEqualTo("/api/v1/streaming/public/local");
        assertThat(path.apply("home")).isEqualTo("/api/v1/streaming/user");
        assertThat(path.apply("tag:#café")).isEqualTo("/api/v1/streaming/hashtag?tag=caf%C3%A9");
    }

    @Test
    void onlyTimelinesWithAStreamCanBeStreamed() {
        ObjectNode account = request(URI.create(base));
        account.put("name", "account");
        account.put("timeline", "account:109876543210987654");
        assertThatThrownBy(() -> comptoir.sources().add(WORKSPACE, account)).hasMessageContaining("has no stream");
        ObjectNode home = request(URI.create(base));
        home.put("name", "home");
        home.put("timeline", "home");
        home.remove("token");
        assertThatThrownBy(() -> comptoir.sources().add(WORKSPACE, home)).hasMessageContaining("token");
    }
}
