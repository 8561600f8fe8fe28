package org.comptoir.connector.reddit;

import java.math.BigInteger;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comptoir.connector.Connector;
import org.comptoir.connector.ConnectorFailure;
import org.comptoir.connector.Fetch;
import org.comptoir.connector.HttpFetcher;
import org.comptoir.ingest.ImportFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a subreddit's new posts ({@code /r/NAME/new}) and comments ({@code /r/NAME/comments}), or a search's posts
 * ({@code /search?q=…&sort=new}, {@code /r/NAME/search?…&restrict_sr=1}), from {@code oauth.reddit.com}. Listings come newest first; a round reads the newest page, then follows {@code after}
 * back until it meets the newest fullname already stored (ids are base-36 and grow with time), and only then moves
 * the cursor. Reddit's {@code before=} paging is not used: it answers nothing, forever, once the item it names is
 * deleted or removed. The cursor is JSON per listing: {@code {"t3":{"since":"1abc"},"t1":{"since":…,"after":…,"top":…,"pages":n}}}.
 */
public final class RedditConnector implements Connector {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RedditSettings settings;
    private final HttpFetcher http;
    private final RedditToken token;

    public RedditConnector(RedditSettings settings, HttpFetcher http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.token = new RedditToken(settings, http, clock);
    }

    @Override
    public Fetch fetch(String cursor) throws ConnectorFailure {
        JsonNode state = cursor == null ? JSON.createObjectNode() : JSON.readTree(cursor);
        ObjectNode next = JSON.createObjectNode();
        List<Fetch.Payload> payloads = new ArrayList<>();
        List<Fetch.Gap> gaps = new ArrayList<>();
        boolean more = false;
        long seen = 0;
        Duration hold = null;
        for (String kind : settings.search() != null ? List.of("search") : List.of("t3", "t1")) {
            if (kind.equals("t3") && !settings.posts() || kind.equals("t1") && !settings.comments()) {
                continue;
            }
            Listing listing = read(kind, state.path(kind));
            listing.payload().ifPresent(payloads::add);
            listing.gap().ifPresent(gaps::add);
            next.set(kind, listing.state());
            more |= listing.more();
            seen += listing.seen();
            hold = hold == null || listing.spent() != null && listing.spent().compareTo(hold) > 0 ? listing.spent() : hold;
        }
        return new Fetch(payloads, JSON.writeValueAsString(next), more, null, seen).waiting(hold).withGaps(gaps);
    }

    private record Listing(java.util.Optional<Fetch.Payload> payload, ObjectNode state, boolean more, long seen, Duration spent,
                           java.util.Optional<Fetch.Gap> gap) {
    }

    private Listing read(String kind, JsonNode state) throws ConnectorFailure {
        String since = state.path("since").asString(null);
        String after = state.path("after").asString(null);
        int pages = state.path("pages").asInt(0);
        URI uri = settings.api().resolve(path(kind) + "limit=" + settings.limit() + "&raw_json=1" + (after == null ? "" : "&after=" + after));
        HttpFetcher.Response response = get(uri);
        JsonNode data;
        try {
            data = JSON.readTree(response.body()).path("data");
        } catch (JacksonException e) {
            data = JSON.createObjectNode();
        }
        JsonNode children = data.path("children");
        if (!children.isArray()) { // not a listing: ingest quarantines it with the reason, the cursor stays
            return new Listing(java.util.Optional.of(new Fetch.Payload(ImportFormat.REDDIT, uri.getPath(), response.body())),
                    (ObjectNode) (state.isObject() ? state : JSON.createObjectNode()), false, 0, response.spentFor(), java.util.Optional.empty());
        }
        ArrayNode fresh = JSON.createArrayNode();
        BigInteger floor = since == null ? null : new BigInteger(since, 36);
        BigInteger top = state.hasNonNull("top") ? new BigInteger(state.get("top").asString(), 36) : floor;
        double topAt = state.path(state.hasNonNull("top") ? "top_at" : "at").asDouble(0);
        double oldestAt = 0;
        boolean reached = since == null;
        for (JsonNode child : children) {
            BigInteger id = id(child);
            if (id != null && floor != null && id.compareTo(floor) <= 0) {
                reached = true;
                continue;
            }
            fresh.add(child);
            double created = child.path("data").path("created_utc").asDouble(0);
            oldestAt = created > 0 && (oldestAt == 0 || created < oldestAt) ? created : oldestAt;
            if (id != null && (top == null || id.compareTo(top) > 0)) {
                top = id;
                topAt = created;
            }
        }
        String nextAfter = data.path("after").asString(null);
        ObjectNode nextState = JSON.createObjectNode();
        boolean more = !reached && nextAfter != null && pages + 1 < settings.maxPages();
        java.util.Optional<Fetch.Gap> gap = java.util.Optional.empty();
        if (more) {
            nextState.put("since", since);
            putTime(nextState, "at", state.path("at").asDouble(0));
            nextState.put("after", nextAfter);
            nextState.put("top", top.toString(36));
            putTime(nextState, "top_at", topAt);
            nextState.put("pages", pages + 1);
        } else if (top != null) {
            nextState.put("since", top.toString(36));
            putTime(nextState, "at", topAt);
            if (!reached) { // the round stopped before meeting the newest item stored: what lies between was not read
                gap = java.util.Optional.of(new Fetch.Gap(instant(state.path("at").asDouble(0)), instant(oldestAt),
                        (nextAfter == null ? "Reddit's listing ended (it lists about 1,000 items)" : "the catch-up reached max_pages ("
                                + settings.maxPages() + ")") + " before the newest " + kindName(kind) + " stored: older ones may be missing",
                        false));
            }
        }
        java.util.Optional<Fetch.Payload> payload = fresh.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Fetch.Payload(ImportFormat.REDDIT, settings.label() + " " + uri.getPath(),
                        JSON.writeValueAsBytes(listing(fresh))));
        return new Listing(payload, nextState, more, children.size(), response.spentFor(), gap);
    }

    /** The listing's path and query up to its paging: {@code /r/NAME/new?}, {@code /r/NAME/comments?}, a search. */
    private String path(String kind) {
        return switch (kind) {
            case "t3" -> "/r/" + settings.subreddit() + "/new?";
            case "t1" -> "/r/" + settings.subreddit() + "/comments?";
            default -> (settings.subreddit() == null ? "/search?" : "/r/" + settings.subreddit() + "/search?restrict_sr=1&")
                    + "q=" + java.net.URLEncoder.encode(settings.search(), java.nio.charset.StandardCharsets.UTF_8) + "&sort=new&type=link&";
        };
    }

    private static void putTime(ObjectNode state, String field, double epochSeconds) {
        if (epochSeconds > 0) {
            state.put(field, (long) epochSeconds);
        }
    }

    private static java.time.Instant instant(double epochSeconds) {
        return epochSeconds > 0 ? java.time.Instant.ofEpochSecond((long) epochSeconds) : null;
    }

    private static String kindName(String kind) {
        return kind.equals("t1") ? "comment" : "post";
    }

    /** GET with the access token; a token refused before its expiry (revoked) is asked for again, once. */
    private HttpFetcher.Response get(URI uri) throws ConnectorFailure {
        Map<String, String> headers = headers(); // a refused token request fails here, not retried
        try {
            return http.get(uri, headers);
        } catch (ConnectorFailure failure) {
            if (failure.kind() != ConnectorFailure.Kind.UNAUTHORIZED) {
                throw failure;
            }
            token.forget();
            return http.get(uri, headers());
        }
    }

    private Map<String, String> headers() throws ConnectorFailure {
        return Map.of("Authorization", "Bearer " + token.current(), "User-Agent", settings.userAgent());
    }

    private static ObjectNode listing(ArrayNode children) {
        ObjectNode listing = JSON.createObjectNode();
        listing.put("kind", "Listing");
        listing.putObject("data").set("children", children);
        return listing;
    }

    /** The base-36 id of a thing, null when it has none (ingest quarantines it). */
    private static BigInteger id(JsonNode child) {
        String id = child.path("data").path("id").asString("");
        try {
            return id.matches("[0-9a-z]{1,13}") ? new BigInteger(id, 36) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
