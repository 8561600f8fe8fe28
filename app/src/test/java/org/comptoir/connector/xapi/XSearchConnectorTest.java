package org.comptoir.connector.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
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
 * The X API v2 recent-search connector against a loopback server answering {@code /2/tweets/search/recent} as X
 * does: tweets newest first, {@code since_id}, pages of {@code max_results} chained by {@code meta.next_token},
 * {@code includes.users}, the bearer token checked, problem-JSON errors and {@code x-rate-limit-reset}.
 */
class XSearchConnectorTest extends ConnectorContract {
    private static final String TOKEN = "AAAAbearer";
    private HttpServer server;
    private final List<String[]> tweets = new CopyOnWriteArrayList<>(); // {id, token}
    private final List<String> redelivered = new CopyOnWriteArrayList<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final LoopbackFaults faults = new LoopbackFaults();
    private long nextId = 1_897_000_000_000_000_000L;

    @Override
    protected URI start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/2/tweets/search/recent", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    protected ObjectNode request(URI uri) {
        ObjectNode request = JsonMapper.builder().build().createObjectNode();
        request.put("type", "x");
        request.put("name", "x fournil");
        request.put("api", uri.toString());
        request.put("query", "panne -is:retweet");
        request.put("max_results", "10");
        request.put("token", TOKEN);
        return request;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
        queries.add(query);
        LoopbackFaults.Fault fault = faults.take();
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization")) && fault.status() == 0) {
            faults.failNext(401, Map.of());
            fault = faults.take();
        }
        if (fault.answer(exchange, XSearchConnectorTest::problem, "application/problem+json")) {
            return;
        }
        long since = param(query, "since_id");
        int max = (int) param(query, "max_results");
        List<String[]> fresh = new ArrayList<>(tweets.stream().filter(t -> Long.parseLong(t[0]) > since).toList());
        fresh.sort((a, b) -> Long.compare(Long.parseLong(b[0]), Long.parseLong(a[0])));
        int from = query.contains("next_token=") ? Integer.parseInt(query.replaceAll(".*next_token=page(\\d+).*", "$1")) : 0;
        List<String[]> page = new ArrayList<>(fresh.subList(Math.min(from, fresh.size()), Math.min(from + max, fresh.size())));
        for (String token : redelivered) {
            tweets.stream().filter(t -> t[1].equals(token)).findFirst().ifPresent(page::add);
        }
        redelivered.clear();
        StringBuilder json = new StringBuilder();
        if (page.isEmpty()) {
            json.append("{\"meta\":{\"result_count\":0}}");
        } else {
            json.append("{\"data\":[");
            for (int i = 0; i < page.size(); i++) {
                json.append(i > 0 ? "," : "").append(tweet(page.get(i)[0], page.get(i)[1]));
            }
            json.append("],\"includes\":{\"users\":[{\"id\":\"2244994945\",\"name\":\"Marie\",\"username\":\"marie_lyon\","
                    + "\"public_metrics\":{\"followers_count\":312,\"following_count\":80,\"tweet_count\":900,\"listed_count\":2}}]},"
                    + "\"meta\":{\"newest_id\":\"").append(page.get(0)[0]).append("\",\"oldest_id\":\"").append(page.get(page.size() - 1)[0])
                    .append("\",\"result_count\":").append(page.size());
            if (from + max < fresh.size()) {
                json.append(",\"next_token\":\"page").append(from + max).append('"');
            }
            json.append("}}");
        }
        byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().add("x-rate-limit-remaining", "449");
        LoopbackFaults.write(exchange, body, fault.cut());
    }

    /** X's error body (RFC 7807 problem details). */
    private static String problem(int status) {
        String title = status == 429 ? "Too Many Requests" : "Unauthorized";
        return "{\"title\":\"" + title + "\",\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"" + title + "\"}";
    }

    private static String tweet(String id, String token) {
        if (token.equals("!malformed")) {
            // a date that cannot be read (a missing one would be derived from the snowflake id)
            return "{\"id\":\"" + id + "\",\"text\":\"date illisible\",\"author_id\":\"2244994945\",\"created_at\":\"hier soir\","
                    + "\"edit_history_tweet_ids\":[\"" + id + "\"]}";
        }
        return "{\"id\":\"" + id + "\",\"text\":\"panne " + token + " sur la ligne 7\",\"author_id\":\"2244994945\",\"lang\":\"fr\","
                + "\"created_at\":\"2026-03-01T10:15:00.000Z\",\"edit_history_tweet_ids\":[\"" + id + "\"],"
                + "\"public_metrics\":{\"retweet_count\":1,\"reply_count\":0,\"like_count\":4,\"quote_count\":0,\"bookmark_count\":0,"
                + "\"impression_count\":120}}";
    }

    private static long param(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return Long.parseLong(pair.substring(name.length() + 1));
            }
        }
        return -1;
    }

    @Override
    protected synchronized void publish(String... tokens) {
        for (String token : tokens) {
            tweets.add(new String[] {Long.toString(nextId++), token});
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
        faults.cutNext();
    }

    @Override
    protected void stop() {
        faults.releaseAll();
        server.stop(0);
    }

    @Test
    void aRoundOfSeveralPagesKeepsItsSinceIdUntilTheLastPage() {
        publish("first");
        poll();
        String[] many = new String[25];
        for (int i = 0; i < many.length; i++) {
            many[i] = "burst" + i;
        }
        publish(many);
        var first = poll();
        assertThat(first.stored()).isEqualTo(10);
        assertThat(first.next()).as("more pages in this round: at once").isZero();
        poll();
        poll();
        assertThat(count()).isEqualTo(26);
        String firstId = tweets.get(0)[0];
        assertThat(queries.subList(1, 4)).allMatch(q -> q.contains("since_id=" + firstId));
        assertThat(queries.get(2)).contains("next_token=page10");
        assertThat(poll().stored()).isZero();
        assertThat(queries.get(queries.size() - 1)).contains("since_id=" + tweets.get(tweets.size() - 1)[0]).doesNotContain("next_token");
    }

    @Test
    void asksForTheFieldsTheMapperReadsAndHonoursXsRateLimitReset() {
        long reset = java.time.Instant.now().plusSeconds(600).getEpochSecond();
        failNext(429, Map.of("x-rate-limit-reset", Long.toString(reset), "x-rate-limit-remaining", "0"));
        var limited = poll();
        assertThat(limited.next()).isBetween(java.time.Duration.ofSeconds(590), java.time.Duration.ofSeconds(600));
        publish("f1");
        poll();
        assertThat(queries.get(queries.size() - 1)).contains("tweet.fields=created_at,lang,public_metrics,referenced_tweets,author_id")
                .contains("expansions=author_id").contains("query=panne -is:retweet");
        assertThat(comptoir.pipelines().get(WORKSPACE).index().get(postId("f1")).orElseThrow().post().author().handle())
                .isEqualTo("@marie_lyon");
    }
}
