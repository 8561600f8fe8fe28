package org.comptoir.connector.rss;

import java.net.URI;
import org.comptoir.connector.Settings;

/**
 * An RSS or Atom source: the feed's {@code url}; {@code comments} (default true) follows each article's
 * {@code wfw:commentRss} comment feed, at most {@code max_comment_feeds} (default 20) of the newest articles.
 */
public record RssSettings(URI url, boolean comments, int maxCommentFeeds) {
    public static RssSettings of(Settings settings) {
        return new RssSettings(settings.url("url", null), settings.flag("comments", true),
                settings.integer("max_comment_feeds", 20, 0, 200));
    }
}
