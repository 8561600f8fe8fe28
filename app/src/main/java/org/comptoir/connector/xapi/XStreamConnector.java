package org.comptoir.connector.xapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comptoir.connector.Connector;
import org.comptoir.connector.ConnectorFailure;
import org.comptoir.connector.Fetch;
import org.comptoir.connector.HttpFetcher;
import org.comptoir.connector.LineStream;
import org.comptoir.ingest.ImportFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Follows an X API v2 filtered stream. On opening it makes the app's rules match the wanted ones
 * ({@code GET /2/tweets/search/stream/rules}, then one {@code POST} deleting the {@code topic:}-tagged rules no longer
 * wanted or changed and adding the missing ones; rules with other tags are left alone), then holds
 * {@code GET /2/tweets/search/stream} open: one JSON object per line ({@code data}, {@code includes},
 * {@code matching_rules}), blank keep-alive lines every 20 s. Each fetch takes what arrived, up to {@code batch} tweets
 * or {@code window}, and hands it to ingest as one X API page. The cursor is the newest tweet id read. The stream
 * has no replay: a reopening with a cursor (a break, a restart) is reported as a gap from that tweet's time to the
 * first tweet read again, bridged when {@code backfill_minutes} covered it. X allows one connection per app: a second
 * one gets 429, honoured like any rate limit.
 */
public final class XStreamConnector implements Connector {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long TWITTER_EPOCH_MS = 1_288_834_974_657L;
    private final XStreamSettings settings;
    private final Map<String, String> wanted;
    private final HttpFetcher http;
    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;
    private LineStream stream;
    private String position;
    private String resumedFrom;
    private Instant openedAt;

    /** @param wanted the rules to hold, tag → value (the derivable topics, or {@code query} under the tag {@code query}) */
    public XStreamConnector(XStreamSettings settings, Map<String, String> wanted, HttpFetcher http, HttpClient client,
                            Duration timeout, Clock clock) {
        this.settings = settings;
        this.wanted = Map.copyOf(wanted);
        this.http = http;
        this.client = client;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public Fetch fetch(String cursor) throws ConnectorFailure {
        if (stream == null || !java.util.Objects.equals(cursor, position)) {
            close();
            syncRules();
            open(cursor);
        }
        ArrayNode tweets = JSON.createArrayNode();
        Map<String, JsonNode> users = new LinkedHashMap<>();
        List<Fetch.Payload> payloads = new ArrayList<>();
        List<Fetch.Gap> gaps = new ArrayList<>();
        String newest = cursor;
        long seen = 0;
        String lost = null;
        long deadline = System.nanoTime() + settings.window().toNanos();
        while (tweets.size() + payloads.size() < settings.batch()) {
            Object item = stream.take(deadline - System.nanoTime());
            if (item == null) {
                if (stream.quietFor().compareTo(settings.idle()) > 0) {
                    lost = "no tweet nor keep-alive for " + settings.idle().toSeconds() + " s";
                }
                break;
            }
            if (item instanceof Throwable broken) {
                lost = broken.getMessage();
                break;
            }
            String line = ((String) item).strip();
            if (line.isEmpty()) {
                continue; // keep-alive
            }
            seen++;
            JsonNode message = parse(line);
            if (message != null && message.path("data").isObject()) {
                JsonNode tweet = message.get("data");
                tweets.add(tweet);
                message.path("includes").path("users").forEach(user -> users.putIfAbsent(user.path("id").asString(""), user));
                String id = tweet.path("id").asString("");
                if (resumedFrom != null && id.matches("\\d+")) {
                    gaps.add(gap(resumedFrom, id));
                    resumedFrom = null;
                }
                newest = newer(newest, id);
            } else if (message != null && message.has("errors") && !message.has("data")) {
                lost = "X ended the stream: " + message.path("errors").path(0).path("title").asString("an error")
                        + " " + message.path("errors").path(0).path("detail").asString("");
                break;
            } else {
                payloads.add(new Fetch.Payload(ImportFormat.X_API, "x filtered stream", line.getBytes(StandardCharsets.UTF_8)));
            }
        }
        if (!tweets.isEmpty()) {
            ObjectNode page = JSON.createObjectNode();
            page.set("data", tweets);
            page.putObject("includes").set("users", JSON.createArrayNode().addAll(users.values()));
            page.putObject("meta").put("result_count", tweets.size());
            payloads.add(0, new Fetch.Payload(ImportFormat.X_API, "x filtered stream", JSON.writeValueAsBytes(page)));
        }
        if (lost != null) {
            close();
            if (payloads.isEmpty()) {
                throw new ConnectorFailure(lost.startsWith("no tweet") ? ConnectorFailure.Kind.TIMEOUT : ConnectorFailure.Kind.UNREACHABLE,
                        "X filtered stream: " + lost);
            }
        }
        position = newest;
        return new Fetch(payloads, newest, false, java.util.Objects.equals(newest, cursor) ? null : time(newest), seen, null, gaps);
    }

    /** Deletes the {@code topic:}/{@code query} rules not wanted (or changed) and adds the missing ones, in one request. */
    private void syncRules() throws ConnectorFailure {
        URI rules = settings.api().resolve("/2/tweets/search/stream/rules");
        JsonNode current = read(http.get(rules, auth()).body());
        Map<String, String> missing = new LinkedHashMap<>(wanted);
        Set<String> stale = new LinkedHashSet<>();
        for (JsonNode rule : current.path("data")) {
            String tag = rule.path("tag").asString("");
            if (!tag.startsWith("topic:") && !tag.equals("query")) {
                continue; // another program's rule on the same app
            }
            if (rule.path("value").asString("").equals(missing.get(tag))) {
                missing.remove(tag);
            } else {
                stale.add(rule.path("id").asString());
            }
        }
        if (!stale.isEmpty()) {
            ObjectNode delete = JSON.createObjectNode();
            ArrayNode ids = delete.putObject("delete").putArray("ids");
            stale.forEach(ids::add);
            check(http.postJson(rules, auth(), JSON.writeValueAsString(delete)).body(), "deleting rules");
        }
        if (!missing.isEmpty()) {
            ObjectNode add = JSON.createObjectNode();
            ArrayNode list = add.putArray("add");
            missing.forEach((tag, value) -> list.addObject().put("value", value).put("tag", tag));
            check(http.postJson(rules, auth(), JSON.writeValueAsString(add)).body(), "adding rules");
        }
    }

    /** X answers 201 even when a rule was refused: its {@code errors} name the rule and why. */
    private static void check(byte[] answer, String what) throws ConnectorFailure {
        JsonNode body = read(answer);
        for (JsonNode error : body.path("errors")) {
            if (!error.path("title").asString("").equals("DuplicateRule")) {
                throw new ConnectorFailure(ConnectorFailure.Kind.REJECTED, "X refused " + what + ": " + error.path("title").asString("")
                        + " " + error.path("value").asString("") + " " + error.path("details").toString());
            }
        }
    }

    private void open(String cursor) throws ConnectorFailure {
        StringBuilder query = new StringBuilder("/2/tweets/search/stream?").append(XSearchConnector.FIELDS);
        if (settings.backfillMinutes() > 0) {
            query.append("&backfill_minutes=").append(settings.backfillMinutes());
        }
        stream = LineStream.open(client, settings.api().resolve(query.toString()), auth(), timeout, clock);
        position = cursor;
        resumedFrom = cursor;
        openedAt = clock.instant();
    }

    private Fetch.Gap gap(String before, String first) {
        Instant from = time(before);
        Instant to = time(first);
        boolean bridged = settings.backfillMinutes() > 0 && from != null
                && !from.isBefore(openedAt.minus(Duration.ofMinutes(settings.backfillMinutes())));
        return new Fetch.Gap(from, to, bridged ? "stream reopened; backfill_minutes=" + settings.backfillMinutes() + " re-sent what was missed"
                : "stream reopened: the filtered stream has no replay" + (settings.backfillMinutes() > 0
                ? " beyond backfill_minutes=" + settings.backfillMinutes() : ""), bridged);
    }

    private Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + settings.token());
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static JsonNode read(byte[] body) throws ConnectorFailure {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new ConnectorFailure(ConnectorFailure.Kind.SERVER, "X's rules answer is not JSON");
        }
    }

    private static String newer(String a, String b) {
        if (b == null || !b.matches("\\d+")) {
            return a;
        }
        return a == null || b.length() > a.length() || b.length() == a.length() && b.compareTo(a) > 0 ? b : a;
    }

    /** When a tweet was posted: X ids carry milliseconds since X's epoch (2010-11-04) in their upper bits. */
    static Instant time(String id) {
        if (id == null || !id.matches("\\d{1,19}")) {
            return null;
        }
        return Instant.ofEpochMilli((Long.parseLong(id) >>> 22) + TWITTER_EPOCH_MS);
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
