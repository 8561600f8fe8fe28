package org.comptoir.connector.mastodon;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.comptoir.connector.Settings;

/**
 * A Mastodon source: the {@code instance} ({@code https://piaille.fr}) and what to read there, {@code timeline}:
 * {@code public}, {@code local}, {@code tag:NAME}, {@code account:ID} or {@code search:WORDS} (search needs a
 * token). The optional secret {@code token} is an access token of an application created on the instance.
 */
public record MastodonSettings(URI instance, String timeline, String token) {
    public static MastodonSettings of(Settings settings) {
        URI instance = settings.url("instance", null);
        String timeline = settings.string("timeline", "public");
        String token = settings.secret("token");
        MastodonSettings parsed = new MastodonSettings(instance, timeline, token);
        parsed.path();
        if (timeline.startsWith("search:") && token == null) {
            throw new IllegalArgumentException("mastodon search needs the secret 'token' (an access token with read:search)");
        }
        return parsed;
    }

    /** The REST path and query (without paging) of the timeline. */
    String path() {
        String kind = timeline.contains(":") ? timeline.substring(0, timeline.indexOf(':')).toLowerCase(Locale.ROOT) : timeline;
        String value = timeline.contains(":") ? timeline.substring(timeline.indexOf(':') + 1).strip() : "";
        String encoded = URLEncoder.encode(value.startsWith("#") ? value.substring(1) : value, StandardCharsets.UTF_8);
        return switch (kind) {
            case "public" -> "/api/v1/timelines/public?";
            case "local" -> "/api/v1/timelines/public?local=true&";
            case "tag", "hashtag" -> nonEmpty(value, "/api/v1/timelines/tag/" + encoded + "?");
            case "account" -> nonEmpty(value, "/api/v1/accounts/" + encoded + "/statuses?");
            case "search" -> nonEmpty(value, "/api/v2/search?type=statuses&resolve=false&q=" + encoded + "&");
            default -> throw new IllegalArgumentException("mastodon setting 'timeline' must be public, local, tag:NAME, "
                    + "account:ID or search:WORDS, got '" + timeline + "'");
        };
    }

    private String nonEmpty(String value, String path) {
        if (value.isEmpty() || value.equals("#")) {
            throw new IllegalArgumentException("mastodon setting 'timeline' needs a value after ':', got '" + timeline + "'");
        }
        return path;
    }
}
