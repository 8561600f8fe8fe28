package org.comptoir.connector.xapi;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads X API v2 recent search ({@code GET /2/tweets/search/recent}) with the fields the import mapper reads.
 * Pages come newest first, so a round that has more than one page keeps its {@code since_id} and follows
 * {@code next_token} until the last page; only then does the cursor move to the round's newest id. The cursor is
 * JSON: {@code {"since": id}} between rounds, {@code {"since", "token", "newest"}} inside one.
 */
public final class XSearchConnector implements Connector {
    static final String FIELDS = "tweet.fields=created_at,lang,public_metrics,referenced_tweets,author_id,note_tweet"
            + "&expansions=author_id&user.fields=username,name,public_metrics";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final XSearchSettings settings;
    private final HttpFetcher http;

    public XSearchConnector(XSearchSettings settings, HttpFetcher http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public Fetch fetch(String cursor) throws ConnectorFailure {
        JsonNode state = cursor == null ? JSON.createObjectNode() : JSON.readTree(cursor);
        String since = state.path("since").asString(null);
        String token = state.path("token").asString(null);
        StringBuilder query = new StringBuilder("/2/tweets/search/recent?query=")
                .append(URLEncoder.encode(settings.query(), StandardCharsets.UTF_8))
                .append("&max_results=").append(settings.maxResults()).append('&').append(FIELDS);
        if (since != null) {
            query.append("&since_id=").append(since);
        }
        if (token != null) {
            query.append("&next_token=").append(URLEncoder.encode(token, StandardCharsets.UTF_8));
        }
        URI uri = settings.api().resolve(query.toString());
        HttpFetcher.Response response = http.get(uri, Map.of("Authorization", "Bearer " + settings.token()));
        JsonNode meta = meta(response.body());
        String newest = state.path("newest").asString(meta.path("newest_id").asString(null));
        String nextToken = meta.path("next_token").asString(null);
        ObjectNode next = JSON.createObjectNode();
        boolean more = nextToken != null && since != null;
        if (more) {
            next.put("since", since);
            next.put("token", nextToken);
            if (newest != null) {
                next.put("newest", newest);
            }
        } else if (newest != null || since != null) {
            next.put("since", newest != null ? newest : since);
        }
        long count = meta.path("result_count").asLong(0);
        List<Fetch.Payload> payloads = count == 0 && meta.size() > 0 ? List.of()
                : List.of(new Fetch.Payload(ImportFormat.X_API, uri.getPath() + " " + settings.query(), response.body()));
        return new Fetch(payloads, next.isEmpty() ? cursor : JSON.writeValueAsString(next), more, null, count)
                .waiting(response.spentFor());
    }

    /** The page's {@code meta}; empty when the body is not a page (ingest then quarantines it with the reason). */
    private static JsonNode meta(byte[] body) {
        try {
            JsonNode root = JSON.readTree(body);
            return root.path("meta").isObject() ? root.get("meta") : JSON.createObjectNode();
        } catch (JacksonException e) {
            return JSON.createObjectNode();
        }
    }
}
