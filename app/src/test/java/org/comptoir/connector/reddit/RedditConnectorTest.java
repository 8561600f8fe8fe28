package org.comptoir.connector.reddit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.comptoir.connector.ConnectorContract;
import org.comptoir.connector.LoopbackFaults;
import org.comptoir.connector.Connectors;
import org.comptoir.connector.HttpFetcher;
import org.comptoir.post.Post;
import org.comptoir.source.Source;
import org.comptoir.source.SourcePoller;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Reddit connector against a loopback server speaking Reddit's OAuth2 and listing wire format: a token from
 * {@code POST /api/v1/access_token} (HTTP Basic app credentials, {@code client_credentials} or {@code password}
 * grant, {@code expires_in}), then {@code /r/NAME/new} and {@code /r/NAME/comments} listings newest first with
 * {@code after} fullnames, {@code X-Ratelimit-*} headers, Reddit's JSON errors, tokens that expire on the server's
 * clock (the same movable clock the connector reads).
 */
class RedditConnectorTest extends ConnectorContract {
    private static final String CLIENT_ID = "p-jcoLKBynTLew";
    private static final String CLIENT_SECRET = "gko_LXELoV07ZBNUXrvWZfzE3aI";
    private final MovableClock clock = new MovableClock();
    private HttpServer server;
    private final List<Item> items = new CopyOnWriteArrayList<>();
    private final List<String> redelivered = new CopyOnWriteArrayList<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final List<String> grants = new CopyOnWriteArrayList<>();
    private final List<String> agents = new CopyOnWriteArrayList<>();
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final LoopbackFaults faults = new LoopbackFaults();
    private volatile boolean appRevoked;
    private volatile Map<String, String> okHeaders = Map.of("X-Ratelimit-Remaining", "598.0", "X-Ratelimit-Used", "2",
            "X-Ratelimit-Reset", "540");
    private long nextId = Long.parseLong("1h2a00", 36);

    private record Item(String id, String kind, String token, String parent) {
        String fullname() {
            return kind + "_" + id;
        }
    }

    @Override
    protected URI start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/access_token", this::token);
        server.createContext("/r/", this::listing);
        server.createContext("/search", this::listing);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    protected ObjectNode request(URI base) {
        ObjectNode request = JsonMapper.builder().build().createObjectNode();
        request.put("type", "reddit");
        request.put("name", "r/fournil");
        request.put("subreddit", "r/fournil");
        request.put("client_id", CLIENT_ID);
        request.put("client_secret", CLIENT_SECRET);
        request.put("limit", "100");
        request.put("auth", base.toString());
        request.put("api", base.toString());
        return request;
    }

    @Override
    protected SourcePoller newPoller() {
        return new SourcePoller(comptoir.sources(), new Connectors(HttpFetcher.client(TIMEOUT), TIMEOUT, clock), comptoir.events());
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        agents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
        if (appRevoked || !exchange.getRequestMethod().equals("POST") || !basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"message\": \"Unauthorized\", \"error\": 401}", Map.of());
            return;
        }
        String grant = URLDecoder.decode(form, StandardCharsets.UTF_8);
        grants.add(grant);
        if (grant.startsWith("grant_type=password") && !grant.endsWith("password=pain-au-levain")) {
            send(exchange, 200, "{\"error\": \"invalid_grant\"}", Map.of());
            return;
        }
        String token = "eyJhbGciOiJSUzI1NiIsImtpZCI6" + tokens.size();
        tokens.put(token, clock.instant().plusSeconds(86_400));
        send(exchange, 200, "{\"access_token\": \"" + token + "\", \"token_type\": \"bearer\", \"expires_in\": 86400, \"scope\": \"*\"}", Map.of());
    }

    private void listing(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        queries.add(path + "?" + query);
        agents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
        String bearer = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")).replaceFirst("^bearer ", "").replaceFirst("^Bearer ", "");
        Instant expires = tokens.get(bearer);
        if (appRevoked || expires == null || !clock.instant().isBefore(expires)) {
            refused.incrementAndGet();
            exchange.getResponseHeaders().add("www-authenticate", "Bearer realm=\"reddit\", error=\"invalid_token\"");
            send(exchange, 401, "{\"message\": \"Unauthorized\", \"error\": 401}", Map.of());
            return;
        }
        LoopbackFaults.Fault fault = faults.take();
        if (fault.answer(exchange, status -> "{\"message\": \"Too Many Requests\", \"error\": " + status + "}", "application/json; charset=UTF-8")) {
            return;
        }
        boolean search = path.equals("/search") || path.equals("/r/fournil/search");
        if (!path.equals("/r/fournil/new") && !path.equals("/r/fournil/comments") && !search) {
            send(exchange, 404, "{\"message\": \"Not Found\", \"error\": 404}", Map.of());
            return;
        }
        if (search && (!"new".equals(param(query, "sort", "relevance")) || path.startsWith("/r/") != "1".equals(param(query, "restrict_sr", "0")))) {
            send(exchange, 400, "{\"message\": \"Bad Request\", \"error\": 400}", Map.of());
            return;
        }
        String kind = path.endsWith("/comments") ? "t1" : "t3";
        String words = search ? param(query, "q", "") : "";
        int limit = Integer.parseInt(param(query, "limit", "25"));
        String after = param(query, "after", null);
        List<Item> listed = new ArrayList<>(items.stream().filter(i -> i.kind.equals(kind))
                .filter(i -> ("Four en panne " + i.token).toLowerCase(java.util.Locale.ROOT).contains(words)).toList());
        listed.sort((a, b) -> Long.compare(Long.parseLong(b.id, 36), Long.parseLong(a.id, 36)));
        int from = 0;
        if (after != null) {
            from = listed.indexOf(listed.stream().filter(i -> i.fullname().equals(after)).findFirst().orElseThrow()) + 1;
        }
        List<Item> page = new ArrayList<>(listed.subList(Math.min(from, listed.size()), Math.min(from + limit, listed.size())));
        for (String token : redelivered) {
            items.stream().filter(i -> i.token.equals(token) && i.kind.equals(kind)).findFirst().ifPresent(page::add);
        }
        redelivered.clear();
        StringBuilder json = new StringBuilder("{\"kind\": \"Listing\", \"data\": {\"after\": ");
        json.append(from + limit < listed.size() ? "\"" + page.get(page.size() - 1).fullname() + "\"" : "null");
        json.append(", \"dist\": ").append(page.size()).append(", \"modhash\": \"\", \"geo_filter\": null, \"children\": [");
        for (int i = 0; i < page.size(); i++) {
            json.append(i > 0 ? ", " : "").append(thing(page.get(i)));
        }
        json.append("], \"before\": null}}");
        byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
        okHeaders.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        LoopbackFaults.write(exchange, body, fault.cut());
    }

    private static String thing(Item item) {
        String created = item.token.equals("!malformed") ? "\"hier soir\"" : "1772360100.0";
        if (item.kind.equals("t3")) {
            return "{\"kind\": \"t3\", \"data\": {\"subreddit\": \"fournil\", \"selftext\": \"panne " + item.token + " du four ce matin\","
                    + " \"author_fullname\": \"t2_8xk2m\", \"title\": \"Four en panne " + item.token + "\", \"subreddit_name_prefixed\": \"r/fournil\","
                    + " \"name\": \"" + item.fullname() + "\", \"score\": 12, \"is_self\": true, \"created\": 1772360100.0, \"id\": \"" + item.id + "\","
                    + " \"author\": \"marie_lyon\", \"num_comments\": 3, \"permalink\": \"/r/fournil/comments/" + item.id + "/four_en_panne/\","
                    + " \"url\": \"https://www.reddit.com/r/fournil/comments/" + item.id + "/four_en_panne/\", \"created_utc\": " + created + "}}";
        }
        return "{\"kind\": \"t1\", \"data\": {\"subreddit_id\": \"t5_2qh1i\", \"link_title\": \"Four en panne\", \"replies\": \"\","
                + " \"id\": \"" + item.id + "\", \"author\": \"paul_b\", \"parent_id\": \"" + item.parent + "\", \"score\": 2,"
                + " \"author_fullname\": \"t2_1q2w3\", \"body\": \"panne " + item.token + " aussi chez nous\", \"link_id\": \"t3_1h2a00\","
                + " \"name\": \"" + item.fullname() + "\", \"permalink\": \"/r/fournil/comments/1h2a00/four_en_panne/" + item.id + "/\","
                + " \"created_utc\": " + created + "}}";
    }

    private static void send(HttpExchange exchange, int status, String body, Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String param(String query, String name, String fallback) {
        for (String pair : (query == null ? "" : query).split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return fallback;
    }

    private synchronized Item add(String kind, String token, String parent) {
        Item item = new Item(Long.toString(nextId++, 36), kind, token, parent);
        items.add(item);
        return item;
    }

    @Override
    protected void publish(String... tokens) {
        for (String token : tokens) {
            add("t3", token, null);
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
        return "reddit:" + items.stream().filter(i -> i.token.equals(token)).findFirst().orElseThrow().fullname();
    }

    @Override
    protected void failNext(int status, Map<String, String> headers) {
        if (status == 401) {
            appRevoked = true; // the app was deleted: its tokens are refused, and no new one is given
            return;
        }
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

    private Post stored(Item item) {
        return comptoir.pipelines().get(WORKSPACE).index().get("reddit:" + item.fullname()).orElseThrow().post();
    }

    @Test
    void commentsReplyToTheirParentAndEveryRequestSaysWhoIsAsking() {
        Item post = add("t3", "p1", null);
        Item comment = add("t1", "c1", post.fullname());
        Item answer = add("t1", "c2", comment.fullname());
        assertThat(poll().stored()).isEqualTo(3);
        assertThat(stored(comment).inReplyTo()).isEqualTo("reddit:" + post.fullname());
        assertThat(stored(answer).inReplyTo()).isEqualTo("reddit:" + comment.fullname());
        assertThat(stored(post).title()).isEqualTo("Four en panne p1");
        assertThat(stored(post).author().handle()).isEqualTo("u/marie_lyon");
        assertThat(stored(post).url()).isEqualTo("https://www.reddit.com/r/fournil/comments/" + post.id() + "/four_en_panne/");
        assertThat(stored(answer).createdAt()).isEqualTo(Instant.ofEpochSecond(1_772_360_100L));
        assertThat(grants).containsExactly("grant_type=client_credentials");
        assertThat(agents).isNotEmpty().allSatisfy(agent -> assertThat(agent).isEqualTo("server:comptoir:0.1 (by /u/comptoir)"));
        assertThat(queries).contains("/r/fournil/new?limit=100&raw_json=1", "/r/fournil/comments?limit=100&raw_json=1");
    }

    @Test
    void aTokenIsRenewedBeforeItExpiresAndARevokedOneIsAskedForAgainOnce() {
        publish("t1");
        assertThat(poll().error()).isNull();
        assertThat(grants).hasSize(1);
        clock.advance(Duration.ofHours(24));
        publish("t2");
        assertThat(poll().error()).isNull();
        assertThat(grants).as("a new token before the old one ran out").hasSize(2);
        assertThat(refused).as("no request went out with an expired token").hasValue(0);
        tokens.clear(); // revoked on Reddit's side before its expiry
        publish("t3");
        assertThat(poll().error()).isNull();
        assertThat(refused).hasValue(1);
        assertThat(grants).hasSize(3);
        assertThat(stored("t1") && stored("t2") && stored("t3")).isTrue();
        assertThat(comptoir.sources().health(source).state()).isEqualTo("ok");
    }

    @Test
    void aWrongPasswordFailsTheSourceWithRedditsReason() {
        ObjectNode request = request(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
        request.put("name", "r/fournil as marie");
        request.put("username", "marie_lyon");
        request.put("password", "mot-de-passe-faux");
        Source withPassword = comptoir.sources().add(WORKSPACE, request).source();
        SourcePoller.Outcome outcome = poller.poll(withPassword.id());
        assertThat(outcome.error()).contains("invalid_grant");
        assertThat(comptoir.sources().health(withPassword).state()).isEqualTo("failing");
        assertThat(grants).containsExactly("grant_type=password&username=marie_lyon&password=mot-de-passe-faux");
        assertThat(agents).contains("server:comptoir:0.1 (by /u/marie_lyon)");
        assertThat(comptoir.sources().json(withPassword).toString()).doesNotContain("mot-de-passe-faux");
    }

    @Test
    void aCatchUpFollowsAfterBackToTheNewestPostStored() {
        publish("first");
        poll();
        String[] burst = new String[250];
        for (int i = 0; i < burst.length; i++) {
            burst[i] = "burst" + i;
        }
        publish(burst);
        SourcePoller.Outcome first = poll();
        assertThat(first.stored()).isEqualTo(100);
        assertThat(first.next()).as("more pages in this round: at once").isZero();
        poll();
        SourcePoller.Outcome last = poll();
        assertThat(last.next()).isPositive();
        assertThat(count()).isEqualTo(251);
        String newestOfBurst = items.get(items.size() - 1).fullname();
        assertThat(queries).contains("/r/fournil/new?limit=100&raw_json=1&after=" + items.get(items.size() - 100).fullname());
        publish("after");
        assertThat(poll().stored()).isEqualTo(1);
        assertThat(newestOfBurst).isNotNull();
        assertThat(count()).isEqualTo(252);
    }

    @Test
    void aCatchUpThatReachesMaxPagesBeforeTheNewestPostStoredReportsAGap() {
        ObjectNode patch = JsonMapper.builder().build().createObjectNode();
        patch.put("max_pages", "2");
        patch.put("read", "posts");
        source = comptoir.sources().update(WORKSPACE, source.id(), patch);
        publish("first");
        poll();
        String[] burst = new String[250];
        for (int i = 0; i < burst.length; i++) {
            burst[i] = "burst" + i;
        }
        publish(burst);
        assertThat(poll().next()).as("a second page to read").isZero();
        assertThat(gaps()).as("no gap while the round goes on").isEmpty();
        assertThat(poll().next()).as("max_pages reached: the round ends").isPositive();
        assertThat(count()).as("the two newest pages").isEqualTo(201);
        assertThat(stored("burst49")).as("between the newest stored and the pages read: missed").isFalse();
        assertThat(gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.path("bridged").asBoolean()).isFalse();
            assertThat(gap.path("reason").asString()).contains("max_pages (2)").contains("newest post stored");
            assertThat(gap.path("from").asString()).isEqualTo("2026-03-01T10:15:00Z");
            assertThat(gap.path("to").asString()).isEqualTo("2026-03-01T10:15:00Z");
        });
        publish("after");
        assertThat(poll().stored()).isEqualTo(1);
        assertThat(gaps()).as("a round that meets the newest stored post: no new gap").hasSize(1);
    }

    private tools.jackson.databind.JsonNode gaps() {
        return JsonMapper.builder().build().valueToTree(comptoir.sources().json(source)).path("gaps");
    }

    @Test
    void aSearchReadsTheMatchingPostsNewestFirstAndFollowsAfterBackToTheNewestStored() {
        ObjectNode request = request(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
        request.put("name", "levain in r/fournil");
        request.put("search", "levain");
        Source search = comptoir.sources().add(WORKSPACE, request).source();
        publish("levain1", "croissant", "levain2");
        assertThat(poller.poll(search.id()).stored()).isEqualTo(2);
        assertThat(stored("levain1") && stored("levain2")).isTrue();
        assertThat(stored("croissant")).as("not a result of the search").isFalse();
        assertThat(queries).contains("/r/fournil/search?restrict_sr=1&q=levain&sort=new&type=link&limit=100&raw_json=1");
        String[] burst = new String[150];
        for (int i = 0; i < burst.length; i++) {
            burst[i] = "levain-burst" + i;
        }
        publish(burst);
        assertThat(poller.poll(search.id()).next()).as("a second page of results: at once").isZero();
        SourcePoller.Outcome last = poller.poll(search.id());
        assertThat(last.next()).isPositive();
        assertThat(count()).isEqualTo(152);
        assertThat(queries).anySatisfy(q -> assertThat(q).startsWith("/r/fournil/search?").contains("&after=t3_"));
        assertThat(poller.poll(search.id()).stored()).as("caught up").isZero();

        ObjectNode everywhere = request(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
        everywhere.put("name", "croissant on Reddit");
        everywhere.remove("subreddit");
        everywhere.put("search", "croissant");
        Source across = comptoir.sources().add(WORKSPACE, everywhere).source();
        assertThat(poller.poll(across.id()).stored()).isEqualTo(1);
        assertThat(stored("croissant")).isTrue();
        assertThat(queries).contains("/search?q=croissant&sort=new&type=link&limit=100&raw_json=1");
    }

    @Test
    void aSourceWithoutSubredditNorSearchIsRefused() {
        ObjectNode request = request(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
        request.put("name", "nothing");
        request.remove("subreddit");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> comptoir.sources().add(WORKSPACE, request))
                .hasMessageContaining("subreddit");
    }

    @Test
    void redditsRateLimitHeadersHoldTheNextPollUntilTheReset() {
        failNext(429, Map.of("X-Ratelimit-Remaining", "0.0", "X-Ratelimit-Used", "600", "X-Ratelimit-Reset", "42"));
        SourcePoller.Outcome limited = poll();
        assertThat(limited.error()).contains("429");
        assertThat(limited.next()).isEqualTo(Duration.ofSeconds(42));
        okHeaders = Map.of("X-Ratelimit-Remaining", "0.0", "X-Ratelimit-Used", "600", "X-Ratelimit-Reset", "480");
        publish("z1");
        SourcePoller.Outcome spent = poll();
        assertThat(spent.error()).isNull();
        assertThat(stored("z1")).isTrue();
        assertThat(spent.next()).as("the limit is spent: wait for its reset, not the 5 min interval").isEqualTo(Duration.ofSeconds(480));
    }

    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-01T10:20:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
