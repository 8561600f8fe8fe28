package org.comptoir.connector.rss;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comptoir.connector.Connector;
import org.comptoir.connector.ConnectorFailure;
import org.comptoir.connector.Fetch;
import org.comptoir.connector.HttpFetcher;
import org.comptoir.ingest.ImportFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an RSS/Atom feed and the WordPress comment feeds its articles announce ({@code wfw:commentRss}).
 * Every request is conditional ({@code If-None-Match}, {@code If-Modified-Since}): a 304 costs nothing. The
 * feed bytes go to ingest untouched, so the XML's declared encoding decides how they are decoded.
 * The cursor is JSON: the feed's validators and, per comment feed, its own, and short hashes of the items the feed
 * showed last ({@code seen}). A feed shows only its recent items: when none of those it shows now was shown before,
 * older ones may have scrolled out between two polls, and the connector reports a {@link Fetch.Gap}.
 */
public final class RssConnector implements Connector {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ITEM = Pattern.compile("<(item|entry)[\\s>].*?</\\1>", Pattern.DOTALL);
    private static final Pattern ITEM_ID = Pattern.compile(
            "<guid[^>]*>\\s*([^<]+?)\\s*</guid>|<id>\\s*([^<]+?)\\s*</id>|<link>\\s*([^<]+?)\\s*</link>|<link[^>]*href=\"([^\"]+)\"");
    private static final Pattern ITEM_DATE = Pattern.compile(
            "<(pubDate|dc:date|updated|published)>\\s*([^<]+?)\\s*</\\1>");
    private static final int SEEN = 60;
    private static final Pattern COMMENT_RSS = Pattern.compile("<(?:[\\w.-]+:)?commentRss>\\s*([^<\\s]+)\\s*</(?:[\\w.-]+:)?commentRss>");
    private final RssSettings settings;
    private final HttpFetcher http;

    public RssConnector(RssSettings settings, HttpFetcher http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public Fetch fetch(String cursor) throws ConnectorFailure {
        ObjectNode state = cursor == null ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(cursor);
        List<Fetch.Payload> payloads = new ArrayList<>();
        HttpFetcher.Response feed = http.get(settings.url(), validators(state));
        Map<String, JsonNode> known = new LinkedHashMap<>();
        JsonNode comments = state.path("comments");
        if (comments.isObject()) {
            comments.properties().forEach(entry -> known.put(entry.getKey(), entry.getValue()));
        }
        ObjectNode next = JSON.createObjectNode();
        remember(next, feed, state);
        Set<String> commentFeeds = new LinkedHashSet<>();
        List<Fetch.Gap> gaps = new ArrayList<>();
        if (feed.status() == 200) {
            payloads.add(new Fetch.Payload(ImportFormat.FEED, settings.url().toString(), feed.body()));
            commentFeeds.addAll(commentFeeds(feed.body()));
            scrolled(state, feed.body(), next).ifPresent(gaps::add);
        } else if (state.has("seen")) {
            next.set("seen", state.get("seen"));
            if (state.has("newest")) {
                next.set("newest", state.get("newest"));
            }
        }
        commentFeeds.addAll(known.keySet());
        ObjectNode nextComments = next.putObject("comments");
        int followed = 0;
        for (String url : settings.comments() ? commentFeeds : Set.<String>of()) {
            if (followed++ >= settings.maxCommentFeeds()) {
                break;
            }
            JsonNode previous = known.getOrDefault(url, JSON.createObjectNode());
            try {
                HttpFetcher.Response comment = http.get(URI.create(url), validators(previous));
                if (comment.status() == 200) {
                    payloads.add(new Fetch.Payload(ImportFormat.FEED, url, comment.body()));
                }
                remember(nextComments.putObject(url), comment, previous);
            } catch (ConnectorFailure e) {
                if (e.kind() == ConnectorFailure.Kind.RATE_LIMITED || e.kind() == ConnectorFailure.Kind.TIMEOUT) {
                    throw e;
                }
                // a comment feed that is gone or broken does not fail the source; it is dropped from the cursor
            } catch (IllegalArgumentException e) {
                // not a URL: ignored
            }
        }
        return new Fetch(payloads, JSON.writeValueAsString(next), false, null, payloads.size()).withGaps(gaps);
    }

    /**
     * Remembers the items the feed shows now; a gap when it shows items and none of them was shown last time (older
     * ones may have scrolled out unseen), from the newest item seen before to the oldest shown now.
     */
    private static java.util.Optional<Fetch.Gap> scrolled(JsonNode state, byte[] body, ObjectNode next) {
        String text = new String(body, StandardCharsets.ISO_8859_1); // ids and dates are ASCII whatever the encoding
        Set<String> before = new LinkedHashSet<>();
        state.path("seen").forEach(hash -> before.add(hash.asString()));
        List<String> now = new ArrayList<>();
        java.time.Instant newest = null;
        java.time.Instant oldest = null;
        Matcher item = ITEM.matcher(text);
        while (item.find()) {
            Matcher id = ITEM_ID.matcher(item.group());
            if (id.find()) {
                String key = id.group(1) != null ? id.group(1) : id.group(2) != null ? id.group(2) : id.group(3) != null ? id.group(3) : id.group(4);
                now.add(Integer.toHexString(key.strip().hashCode()));
            }
            Matcher date = ITEM_DATE.matcher(item.group());
            java.time.Instant at = date.find() ? instant(date.group(2)) : null;
            if (at != null) {
                newest = newest == null || at.isAfter(newest) ? at : newest;
                oldest = oldest == null || at.isBefore(oldest) ? at : oldest;
            }
        }
        now.subList(0, Math.min(now.size(), SEEN)).forEach(next.putArray("seen")::add);
        java.time.Instant previousNewest = state.hasNonNull("newest") ? instant(state.get("newest").asString()) : null;
        java.time.Instant keep = newest == null ? previousNewest : previousNewest == null || newest.isAfter(previousNewest) ? newest : previousNewest;
        if (keep != null) {
            next.put("newest", keep.toString());
        }
        if (before.isEmpty() || now.isEmpty() || now.stream().anyMatch(before::contains)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Fetch.Gap(previousNewest, oldest, "none of the " + now.size()
                + " items the feed shows now was shown at the last poll: older ones may have scrolled out unseen (poll it more often)", false));
    }

    private static java.time.Instant instant(String date) {
        try {
            return java.time.ZonedDateTime.parse(date.strip(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (java.time.DateTimeException e) {
            try {
                return java.time.OffsetDateTime.parse(date.strip()).toInstant();
            } catch (java.time.DateTimeException again) {
                try {
                    return java.time.Instant.parse(date.strip());
                } catch (java.time.DateTimeException last) {
                    return null;
                }
            }
        }
    }

    private static Map<String, String> validators(JsonNode state) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (state.hasNonNull("etag")) {
            headers.put("If-None-Match", state.get("etag").asString());
        }
        if (state.hasNonNull("modified")) {
            headers.put("If-Modified-Since", state.get("modified").asString());
        }
        return headers;
    }

    private static void remember(ObjectNode target, HttpFetcher.Response response, JsonNode previous) {
        String etag = response.header("ETag").orElse(response.status() == 304 ? previous.path("etag").asString(null) : null);
        String modified = response.header("Last-Modified")
                .orElse(response.status() == 304 ? previous.path("modified").asString(null) : null);
        if (etag != null) {
            target.put("etag", etag);
        }
        if (modified != null) {
            target.put("modified", modified);
        }
    }

    /** The comment feed URLs announced by the feed's items, in document order (the newest articles first). */
    static List<String> commentFeeds(byte[] feed) {
        // URLs are ASCII: reading the bytes as Latin-1 finds them whatever the declared encoding (UTF-8, ISO-8859-1…)
        Matcher matcher = COMMENT_RSS.matcher(new String(feed, StandardCharsets.ISO_8859_1));
        List<String> urls = new ArrayList<>();
        while (matcher.find()) {
            String url = matcher.group(1).replace("&amp;", "&");
            if ((url.startsWith("http://") || url.startsWith("https://")) && !urls.contains(url)) {
                urls.add(url);
            }
        }
        return urls;
    }
}
