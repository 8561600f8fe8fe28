package org.comptoir.post;

import java.util.Locale;
import java.util.Objects;

/**
 * A network a post was published on. Open set: unknown networks are kept as written (lower-cased),
 * so an import never fails because a network is new to us.
 */
public record Network(String name) {
    public static final Network X = new Network("x");
    public static final Network MASTODON = new Network("mastodon");
    public static final Network BLUESKY = new Network("bluesky");
    public static final Network RSS = new Network("rss");
    public static final Network REDDIT = new Network("reddit");
    public static final Network YOUTUBE = new Network("youtube");
    public static final Network FACEBOOK = new Network("facebook");
    public static final Network INSTAGRAM = new Network("instagram");
    public static final Network REVIEW = new Network("review");

    public Network {
        Objects.requireNonNull(name, "network");
        name = name.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("network must not be blank");
        }
        if (name.equals("twitter")) {
            name = "x";
        }
    }

    public static Network of(String name) {
        return new Network(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
