package org.comptoir.connector.mastodon;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comptoir.connector.Connector;
import org.comptoir.connector.ConnectorFailure;
import org.comptoir.connector.Fetch;
import org.comptoir.connector.HttpFetcher;
import org.comptoir.ingest.ImportFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a Mastodon timeline, hashtag, account or search by REST. The cursor is the id of the newest status
 * stored; each fetch asks for what came after it ({@code min_id}) and takes the next cursor from the
 * {@code Link} header's {@code prev} link, as the API documents. A full page means more is waiting (catch-up
 * after a gap). The first fetch starts from the newest page: a new source does not backfill history.
 */
public final class MastodonConnector implements Connector {
    static final int PAGE = 40;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PREV = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"prev\"");
    private static final Pattern MIN_ID = Pattern.compile("[?&]min_id=([^&]+)");
    private final MastodonSettings settings;
    private final HttpFetcher http;

    public MastodonConnector(MastodonSettings settings, HttpFetcher http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public Fetch fetch(String cursor) throws ConnectorFailure {
        URI uri = settings.instance().resolve(settings.path() + "limit=" + PAGE + (cursor == null ? "" : "&min_id=" + cursor));
        HttpFetcher.Response response = http.get(uri, settings.token() == null ? Map.of()
                : Map.of("Authorization", "Bearer " + settings.token()));
        JsonNode statuses = statuses(response.body());
        if (statuses == null) {
            // not a status list: ingest quarantines it with the reason, the cursor stays
            return new Fetch(List.of(new Fetch.Payload(ImportFormat.MASTODON, uri.toString(), response.body())), cursor, false, null, 1);
        }
        if (statuses.isEmpty()) {
            return new Fetch(List.of(), cursor, false, null, 0).waiting(response.spentFor());
        }
        String next = response.header("Link").map(MastodonConnector::prevMinId).orElse(null);
        if (next == null) {
            next = newestId(statuses, cursor);
        }
        return new Fetch(List.of(new Fetch.Payload(ImportFormat.MASTODON, uri.toString(), response.body())), next,
                cursor != null && statuses.size() >= PAGE, null, statuses.size()).waiting(response.spentFor());
    }

    private static JsonNode statuses(byte[] body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode list = root.isObject() && root.has("statuses") ? root.get("statuses") : root;
            return list.isArray() ? list : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    static String prevMinId(String link) {
        Matcher prev = PREV.matcher(link);
        if (prev.find()) {
            Matcher minId = MIN_ID.matcher(prev.group(1));
            if (minId.find()) {
                return minId.group(1);
            }
        }
        return null;
    }

    /** Mastodon ids are decimal strings growing with time: the longest, then the greatest, is the newest. */
    static String newestId(JsonNode statuses, String cursor) {
        String newest = cursor;
        for (JsonNode status : statuses) {
            String id = status.path("id").asString(null);
            if (id != null && id.matches("\\d+") && (newest == null || id.length() > newest.length()
                    || id.length() == newest.length() && id.compareTo(newest) > 0)) {
                newest = id;
            }
        }
        return newest;
    }
}
