package org.comptoir.connector.reddit;

import java.net.URI;
import org.comptoir.connector.Settings;

/**
 * A subreddit read with the user's own Reddit app: {@code subreddit} ({@code fournil}, {@code r/fournil} or
 * {@code a+b}), {@code read} ({@code posts}, {@code comments} or {@code both}, the default), {@code client_id} and
 * secret {@code client_secret} of the app, optional {@code username} with secret {@code password} (the password
 * grant of a "script" app; else the client-credentials grant), {@code user_agent} (Reddit asks for
 * {@code platform:app-id:version (by /u/name)}), {@code limit} (1–100, default 100), {@code max_pages} per catch-up
 * (1–10, default 10: Reddit lists at most about 1,000 items), {@code auth} and {@code api} (Reddit's by default).
 * With {@code search} (Reddit's search syntax) it reads the search's posts, newest first, instead of the listings:
 * in {@code subreddit} only when one is given ({@code restrict_sr=1}), else across Reddit; {@code read} is then
 * ignored (Reddit's API searches posts, not comments).
 */
public record RedditSettings(URI auth, URI api, String subreddit, boolean posts, boolean comments, String clientId,
                             String clientSecret, String username, String password, String userAgent, int limit, int maxPages,
                             String search) {
    public static RedditSettings of(Settings settings) {
        String search = settings.string("search", null);
        if (search != null && search.length() > 512) {
            throw new IllegalArgumentException("reddit setting 'search' is longer than 512 characters");
        }
        String subreddit = search == null ? settings.required("subreddit", "fournil") : settings.string("subreddit", null);
        subreddit = subreddit == null ? null : subreddit.replaceFirst("^/?r/", "");
        if (subreddit != null && !subreddit.matches("[A-Za-z0-9_]{2,21}(\\+[A-Za-z0-9_]{2,21})*")) {
            throw new IllegalArgumentException("reddit setting 'subreddit' must be a subreddit name like fournil or a+b, got '"
                    + subreddit + "'");
        }
        String read = settings.string("read", "both");
        if (!read.equals("posts") && !read.equals("comments") && !read.equals("both")) {
            throw new IllegalArgumentException("reddit setting 'read' must be posts, comments or both, got '" + read + "'");
        }
        String clientId = settings.required("client_id", "the id under your app's name at https://www.reddit.com/prefs/apps");
        String username = settings.string("username", null);
        String password = settings.secret("password");
        if (username != null && password == null) {
            throw new IllegalArgumentException("reddit source with a 'username' needs the secret 'password' (the password grant)");
        }
        String agent = settings.string("user_agent", "server:comptoir:0.1 (by /u/" + (username == null ? "comptoir" : username) + ")");
        return new RedditSettings(settings.url("auth", "https://www.reddit.com"), settings.url("api", "https://oauth.reddit.com"),
                subreddit, !read.equals("comments"), !read.equals("posts"), clientId,
                settings.requiredSecret("client_secret", "the secret of your Reddit app"), username, password, agent,
                settings.integer("limit", 100, 1, 100), settings.integer("max_pages", 10, 1, 10), search);
    }

    /** What the source reads, for payload names: {@code r/fournil}, {@code search "four" in r/fournil}. */
    String label() {
        if (search == null) {
            return "r/" + subreddit;
        }
        return "search \"" + search + "\"" + (subreddit == null ? "" : " in r/" + subreddit);
    }
}
