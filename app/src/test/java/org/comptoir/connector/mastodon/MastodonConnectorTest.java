package org.comptoir.connector.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.comptoir.connector.ConnectorContract;
import org.comptoir.connector.LoopbackFaults;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Mastodon connector against a loopback instance serving {@code /api/v1/timelines/tag/panne} as Mastodon
 * does: statuses newest first, {@code min_id} paging (the page right after it), a {@code Link} header with
 * {@code next} ({@code max_id}) and {@code prev} ({@code min_id}) links, and the bearer token checked.
 */
class MastodonConnectorTest extends ConnectorContract {
    private static final String TOKEN = "app-token-123";
    private HttpServer server;
    private String base;
    private final List<String[]> statuses = new CopyOnWriteArrayList<>(); // {id, token or "!malformed"}
    private final List<String> redelivered = new CopyOnWriteArrayList<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final LoopbackFaults faults = new LoopbackFaults();
    private volatile String resetAt;
    private long nextId = 110_000_000_000_000_000L;

    @Override
    protected URI start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        return URI.create(base);
    }

    @Override
    protected ObjectNode request(URI uri) {
        ObjectNode request = JsonMapper.builder().build().createObjectNode();
        request.put("type", "mastodon");
        request.put("instance", uri.toString());
        request.put("timeline", "tag:#panne");
        request.put("token", TOKEN);
        request.put("every", "30s");
        return request;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        queries.add(exchange.getRequestURI().getPath() + "?" + query);
        LoopbackFaults.Fault fault = faults.take();
        if (fault.answer(exchange, status -> "{\"error\":\"The access token is invalid\"}", "application/json; charset=utf-8")) {
            return;
        }
        if (!exchange.getRequestURI().getPath().equals("/api/v1/timelines/tag/panne")
                || !("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
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
            json.append(json.length() > 1 ? "," : "").append(status(status[0], status[1]));
        }
        byte[] body = json.append("]").toString().getBytes(StandardCharsets.UTF_8);
        if (!page.isEmpty()) {
            String path = base + "/api/v1/timelines/tag/panne?limit=40";
            exchange.getResponseHeaders().add("Link", "<" + path + "&max_id=" + page.get(page.size() - 1)[0] + ">; rel=\"next\", <"
                    + path + "&min_id=" + page.get(0)[0] + ">; rel=\"prev\"");
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().add("X-RateLimit-Limit", "300");
        exchange.getResponseHeaders().add("X-RateLimit-Remaining", resetAt == null ? "299" : "0");
        if (resetAt != null) {
            exchange.getResponseHeaders().add("X-RateLimit-Reset", resetAt);
        }
        LoopbackFaults.write(exchange, body, fault.cut());
    }

    static String status(String id, String token) {
        if (token.equals("!malformed")) {
            return "{\"id\":\"" + id + "\",\"content\":\"<p>sans date</p>\",\"account\":{\"acct\":\"x\"}}";
        }
        return "{\"id\":\"" + id + "\",\"created_at\":\"2026-03-01T10:15:00.000Z\",\"in_reply_to_id\":null,\"sensitive\":false,"
                + "\"spoiler_text\":\"\",\"visibility\":\"public\",\"language\":\"fr\",\"uri\":\"https://piaille.fr/users/marie/statuses/" + id
                + "\",\"url\":\"https://piaille.fr/@marie/" + id + "\",\"replies_count\":0,\"reblogs_count\":1,\"favourites_count\":2,"
                + "\"content\":\"<p>panne " + token + " sur le TER <a href=\\\"https://piaille.fr/tags/panne\\\" class=\\\"mention hashtag\\\">#<span>panne</span></a></p>\","
                + "\"reblog\":null,\"account\":{\"id\":\"109876543210987654\",\"username\":\"marie\",\"acct\":\"marie\",\"display_name\":\"Marie\","
                + "\"url\":\"https://piaille.fr/@marie\",\"followers_count\":312},\"media_attachments\":[],\"mentions\":[],\"tags\":[{\"name\":\"panne\"}]}";
    }

    private static long param(String query, String name) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return Long.parseLong(pair.substring(name.length() + 1));
                }
            }
        }
        return -1;
    }

    @Override
    protected synchronized void publish(String... tokens) {
        for (String token : tokens) {
            statuses.add(new String[] {Long.toString(nextId++), token});
        }
    }

    @Override
    protected void publishMalformed() {
        publish("!malformed");
    }

    @Override
    protected void redeliver(String token) {
        redelivered.add(token);
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
        faults.cutNext();
    }

    @Override
    protected void stop() {
        faults.releaseAll();
        server.stop(0);
    }

    @Test
    void catchesUpPageByPageAfterAGapUsingTheLinkHeader() {
        publish("first");
        poll();
        String[] many = new String[95];
        for (int i = 0; i < many.length; i++) {
            many[i] = "gap" + i;
        }
        publish(many);
        var outcome = poll();
        assertThat(outcome.stored()).isEqualTo(40);
        assertThat(outcome.next()).as("a full page: fetch again at once").isZero();
        poll();
        poll();
        assertThat(count()).isEqualTo(96);
        assertThat(poll().stored()).as("caught up").isZero();
        assertThat(queries.get(queries.size() - 1)).as("asks after the newest status").endsWith("min_id=" + statuses.get(statuses.size() - 1)[0]);
    }

    @Test
    void aSpentRateLimitDelaysTheNextPollUntilItResetsEvenWhenMoreIsWaiting() {
        publish("before");
        poll();
        String[] many = new String[50];
        for (int i = 0; i < many.length; i++) {
            many[i] = "spent" + i;
        }
        publish(many);
        resetAt = java.time.Instant.now().plusSeconds(600).toString();
        var outcome = poll();
        assertThat(outcome.stored()).as("the answer itself is stored").isEqualTo(40);
        assertThat(outcome.next()).isBetween(java.time.Duration.ofSeconds(590), java.time.Duration.ofSeconds(600));
        resetAt = null;
        assertThat(poll().next()).as("a page that is not full, limit not spent: the interval").isEqualTo(java.time.Duration.ofSeconds(30));
    }

    @Test
    void refusesASearchWithoutAToken() {
        ObjectNode search = request(URI.create(base));
        search.put("timeline", "search:panne");
        search.remove("token");
        search.put("name", "search");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> comptoir.sources().add(WORKSPACE, search))
                .hasMessageContaining("token");
    }
}
