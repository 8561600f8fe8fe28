package org.comptoir.testing;

import java.time.Instant;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;

/** Small posts for tests. */
public final class TestPosts {
    private TestPosts() {
    }

    public static Post post(String id, String text, String lang, String createdAt) {
        return new Post(id, Network.MASTODON, "https://piaille.example/@marie/" + id, new Author("42", "@marie@piaille.example", "Marie", 312L),
                text, null, lang, Instant.parse(createdAt), null, new Metrics(3, 1, 0), null, null);
    }

    /** A JSONL line in the native schema. */
    public static String jsonl(String id, String text, String lang, String createdAt) {
        return "{\"id\":\"" + id + "\",\"network\":\"mastodon\",\"author\":{\"handle\":\"@marie@piaille.example\",\"name\":\"Marie\"},"
                + "\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"lang\":\"" + lang
                + "\",\"created_at\":\"" + createdAt + "\"}";
    }
}
