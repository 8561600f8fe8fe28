package org.comptoir.ingest.format.csv;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Networks named the way listening tools name them: a source type ({@code twitter}, {@code SOCIALMEDIA_TWITTER},
 * {@code Facebook}, {@code news}) or only a URL. Known social networks get Comptoir's name ({@code x},
 * {@code facebook}…); anything else is kept lower-cased, so a new source type never fails an import.
 */
final class ToolNetworks {
    private static final List<String> SOCIAL = List.of("twitter", "facebook", "instagram", "youtube", "reddit",
            "tiktok", "linkedin", "bluesky", "mastodon", "tumblr", "pinterest", "threads", "twitch", "vk");

    private ToolNetworks() {
    }

    /** {@code SOCIALMEDIA_TWITTER} → x, {@code ONLINENEWS_OTHER} → news, {@code Blogs} → blog, {@code Forums} → forum. */
    static String fromSourceType(String sourceType) {
        String lower = sourceType.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("x") || lower.contains("twitter")) {
            return "x";
        }
        for (String social : SOCIAL) {
            if (lower.contains(social)) {
                return social;
            }
        }
        if (lower.contains("news")) {
            return "news";
        }
        if (lower.contains("blog")) {
            return "blog";
        }
        if (lower.contains("forum")) {
            return "forum";
        }
        if (lower.contains("review")) {
            return "review";
        }
        return lower;
    }

    /** The network of a post URL's host ({@code twitter.com}, {@code x.com} → x), {@code web} for any other site or none. */
    static String fromUrl(String url) {
        String host;
        try {
            host = url == null ? null : URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null) {
            return "web";
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.equals("x.com") || host.endsWith(".x.com") || host.contains("twitter.com")) {
            return "x";
        }
        for (String social : SOCIAL) {
            if (host.equals(social + ".com") || host.endsWith("." + social + ".com")) {
                return social;
            }
        }
        return host.equals("youtu.be") ? "youtube" : host.equals("bsky.app") ? "bluesky" : "web";
    }
}
