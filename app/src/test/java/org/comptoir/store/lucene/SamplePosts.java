package org.comptoir.store.lucene;

import java.time.Instant;
import java.util.List;
import org.comptoir.post.Analysis;
import org.comptoir.post.Author;
import org.comptoir.post.Intent;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.comptoir.post.Sentiment;

/** A handful of realistic French and English posts used by the matching tests. */
final class SamplePosts {
    private SamplePosts() {
    }

    static final Instant WHEN = Instant.parse("2024-03-05T08:15:30.123456789Z");

    static List<Post> all() {
        return List.of(
                post("mastodon:1", Network.MASTODON, "https://piaille.fr/@marie/1",
                        new Author("m1", "@marie@piaille.fr", "Marie", 1_500L),
                        "L’application est encore en panne ce matin #boycott ! Merci @sncf 😡", null, "fr",
                        new Analysis("fr", Sentiment.NEGATIVE, 0.91, Intent.COMPLAINT, List.of("panne", "😡"))),
                post("x:2", Network.X, "https://x.com/paul/status/2", new Author("p2", "@Paul", "Paul", 50L),
                        "Le Café de la gare est super, le service client m'a répondu vite ☕ cc @marie@piaille.fr",
                        null, "fr", new Analysis("fr", Sentiment.POSITIVE, 0.8, Intent.PRAISE, List.of("super"))),
                post("bluesky:3", Network.BLUESKY, null, new Author(null, "@jane.bsky.social", "Jane", 20_000L),
                        "Customer service replied quickly, the delays are over. Great job BNP", null, "en",
                        new Analysis("en", Sentiment.POSITIVE, 0.7, Intent.PRAISE, List.of())),
                post("rss:4", Network.RSS, "https://blog.example.org/pannes", Author.UNKNOWN,
                        "Retour sur les pannes de ce week-end. La bnp finance les travaux.",
                        "Les pannes du réseau ferré", "fr", null),
                post("reddit:5", Network.REDDIT, "https://www.example.org/x", new Author(null, "tartine_fan", null, null),
                        "Tartines et cafés : les applications de commande en ligne", null, "fr", null),
                post("x:6", Network.of("twitter"), null, new Author("j6", "@john", "John", 10L),
                        "Boycott this brand. The SNCF train was late, the client service never answered",
                        null, "en", null));
    }

    static Post post(String id, Network network, String url, Author author, String text, String title, String lang,
                     Analysis analysis) {
        return new Post(id, network, url, author, text, title, lang, WHEN, null, new Metrics(3, 1, 2), null, analysis);
    }
}
