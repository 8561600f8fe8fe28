package org.comptoir.connector.mastodon;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.comptoir.connector.Settings;

/**
 * A Mastodon source: the {@code instance} ({@code https://piaille.fr}) and what to read there, {@code timeline}:
 * {@code public}, {@code local}, {@code tag:NAME}, {@code home}, {@code account:ID} or {@code search:WORDS} (home and
 * search need a token). The optional secret {@code token} is an access token of an application created on the instance.
 *
 * <p>With {@code stream: true} the timeline is followed on the streaming API (server-sent events) instead of being
 * polled: {@code streaming} is the streaming server when it is not the instance (its {@code urls.streaming_api}),
 * {@code window} the longest wait of one fetch (default 2s), {@code batch} the statuses per fetch (default 500),
 * {@code idle} how long without a byte, not even a heartbeat, before the stream is taken for dead (default 60s),
 * {@code catch_up_pages} the REST pages read after a break before going live again (default 25, 40 statuses each).
 */
public record MastodonSettings(URI instance, String timeline, String token, boolean stream, URI streaming, Duration window,
                               int batch, Duration idle, int catchUpPages) {
    public static MastodonSettings of(Settings settings) {
        URI instance = settings.url("instance", null);
        String timeline = settings.string("timeline", "public");
        String token = settings.secret("token");
        boolean stream = settings.flag("stream", false);
        MastodonSettings parsed = new MastodonSettings(instance, timeline, token, stream, settings.url("streaming", instance.toString()),
                settings.duration("window", Duration.ofSeconds(2)), settings.integer("batch", 500, 1, 10_000),
                settings.duration("idle", Duration.ofSeconds(60)), settings.integer("catch_up_pages", 25, 1, 1000));
        parsed.path();
        if (timeline.startsWith("search:") && token == null) {
            throw new IllegalArgumentException("mastodon search needs the secret 'token' (an access token with read:search)");
        }
        if (timeline.equals("home") && token == null) {
            throw new IllegalArgumentException("mastodon home timeline needs the secret 'token' (an access token with read:statuses)");
        }
        if (stream) {
            parsed.streamPath();
        }
        return parsed;
    }

    private String kind() {
        return timeline.contains(":") ? timeline.substring(0, timeline.indexOf(':')).toLowerCase(Locale.ROOT) : timeline;
    }

    private String value() {
        String value = timeline.contains(":") ? timeline.substring(timeline.indexOf(':') + 1).strip() : "";
        return value.startsWith("#") ? value.substring(1) : value;
    }

    /** The REST path and query (without paging) of the timeline. */
    String path() {
        String value = timeline.contains(":") ? timeline.substring(timeline.indexOf(':') + 1).strip() : "";
        String encoded = URLEncoder.encode(value(), StandardCharsets.UTF_8);
        return switch (kind()) {
            case "public" -> "/api/v1/timelines/public?";
            case "local" -> "/api/v1/timelines/public?local=true&";
            case "home" -> "/api/v1/timelines/home?";
            case "tag", "hashtag" -> nonEmpty(value, "/api/v1/timelines/tag/" + encoded + "?");
            case "account" -> nonEmpty(value, "/api/v1/accounts/" + encoded + "/statuses?");
            case "search" -> nonEmpty(value, "/api/v2/search?type=statuses&resolve=false&q=" + encoded + "&");
            default -> throw new IllegalArgumentException("mastodon setting 'timeline' must be public, local, tag:NAME, home, "
                    + "account:ID or search:WORDS, got '" + timeline + "'");
        };
    }

    /** The streaming API path and query of the timeline: {@code /api/v1/streaming/hashtag?tag=…}, {@code /public}, … */
    String streamPath() {
        return switch (kind()) {
            case "public" -> "/api/v1/streaming/public";
            case "local" -> "/api/v1/streaming/public/local";
            case "home" -> "/api/v1/streaming/user";
            case "tag", "hashtag" -> "/api/v1/streaming/hashtag?tag=" + URLEncoder.encode(value(), StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("mastodon setting 'stream' works with the timelines public, local, tag:NAME "
                    + "and home; '" + timeline + "' has no stream (leave 'stream' out to poll it)");
        };
    }

    private String nonEmpty(String value, String path) {
        if (value.isEmpty() || value.equals("#")) {
            throw new IllegalArgumentException("mastodon setting 'timeline' needs a value after ':', got '" + timeline + "'");
        }
        return path;
    }
}
