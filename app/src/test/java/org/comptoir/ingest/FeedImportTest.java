package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.comptoir.post.Author;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.junit.jupiter.api.Test;

class FeedImportTest {
    private static final String ARTICLE = "rss:https://blog-du-rail.fr/2026/03/01/retards-tgv-chiffres/";

    @Test
    void mapsAWordPressArticleWithContentEncodedCreatorLanguageAndCommentCount() {
        CollectingSink sink = CollectingSink.readResource("wordpress-articles.rss", ImportFormat.FEED);

        Post article = sink.post(ARTICLE);
        assertThat(article.network()).isEqualTo(Network.RSS);
        assertThat(article.url()).isEqualTo("https://blog-du-rail.fr/2026/03/01/retards-tgv-chiffres/");
        assertThat(article.title()).isEqualTo("Retards du TGV : ce que disent vraiment les chiffres");
        assertThat(article.text()).isEqualTo("Les retards des TGV ont augmenté de 12\u00a0% en 2025\u202f: c’est le constat de "
                + "l’Autorité de régulation.\n\nParis-Lyon : 18\u00a0% de trains en retard\nParis-Marseille : 22\u00a0%\n\n"
                + "Et vous, quelle est votre expérience\u00a0?");
        assertThat(article.author()).isEqualTo(new Author(null, null, "Camille Martin", null));
        assertThat(article.lang()).isEqualTo("fr");
        assertThat(article.createdAt()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(article.metrics().replies()).isEqualTo(2);
        assertThat(article.inReplyTo()).isNull();
        assertThat(article.raw()).startsWith("<item").contains("wfw:commentRss");
    }

    @Test
    void fallsBackToTheDescriptionAndDecodesEntitiesInTitles() {
        CollectingSink sink = CollectingSink.readResource("wordpress-articles.rss", ImportFormat.FEED);

        Post second = sink.post("rss:https://blog-du-rail.fr/2026/02/27/gare-saint-exupery-travaux/");
        assertThat(second.title()).isEqualTo("Nouvelle gare “Lyon Saint-Exupéry” : les travaux commencent");
        assertThat(second.text()).isEqualTo("Les travaux de la nouvelle gare ont démarré lundi.");
        assertThat(second.metrics().replies()).isZero();
    }

    @Test
    void quarantinesAnItemWithAnUnparseableDateAtItsLineAndOffset() {
        byte[] file = CollectingSink.resourceBytes("wordpress-articles.rss");
        CollectingSink sink = CollectingSink.read(file, ImportFormat.FEED);

        assertThat(sink.posts).hasSize(2);
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("field 'pubDate' is neither an RFC 1123 nor an ISO-8601 date: 'le 26 février'");
            String text = new String(file, StandardCharsets.ISO_8859_1);
            int itemStart = text.lastIndexOf("<item>");
            assertThat(r.offset()).isEqualTo(itemStart);
            assertThat(r.line()).isEqualTo(text.substring(0, itemStart).chars().filter(c -> c == '\n').count() + 1);
            assertThat(new String(r.raw(), StandardCharsets.UTF_8)).contains("Brouillon publié par erreur");
        });
    }

    @Test
    void threadsWordPressRssCommentsToTheirArticleThroughTheCommentLink() {
        CollectingSink sink = CollectingSink.readResource("wordpress-comments.rss", ImportFormat.FEED);

        assertThat(sink.posts).extracting(Post::inReplyTo).containsExactly(ARTICLE, ARTICLE);
        Post comment = sink.post("rss:https://blog-du-rail.fr/2026/03/01/retards-tgv-chiffres/#comment-45");
        assertThat(comment.text()).isEqualTo("Trois retards la semaine dernière sur Paris-Lyon, je confirme…\nEt aucune compensation proposée.");
        assertThat(comment.author().name()).isEqualTo("Jean-Pierre");
        assertThat(comment.title()).isEqualTo("Par : Jean-Pierre");
        assertThat(comment.lang()).isNull();
    }

    @Test
    void threadsAtomCommentsWithThrInReplyToAndTakesTheFeedLanguage() {
        CollectingSink sink = CollectingSink.readResource("comments.atom", ImportFormat.FEED);

        assertThat(sink.rejections).isEmpty();
        Post tom = sink.post("rss:https://railtales.example.com/2026/03/night-trains-are-back/#comment-7");
        assertThat(tom.inReplyTo()).isEqualTo("rss:https://railtales.example.com/2026/03/night-trains-are-back/");
        assertThat(tom.text()).isEqualTo("Took the Paris–Berlin sleeper last week, loved it.");
        assertThat(tom.author().name()).isEqualTo("Tom");
        assertThat(tom.lang()).isEqualTo("en");
        Post ana = sink.post("rss:https://railtales.example.com/2026/03/night-trains-are-back/#comment-8");
        assertThat(ana.inReplyTo()).isEqualTo(tom.id());
        assertThat(ana.createdAt()).isEqualTo(Instant.parse("2026-03-02T08:10:00Z"));
    }

    @Test
    void rejectsAFeedThatIsNotWellFormedOnceWithTheLineAndColumnOfTheError() {
        String broken = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<item><title>A &nbsp; B</title></item>\n</channel></rss>";

        CollectingSink sink = CollectingSink.read(broken, ImportFormat.FEED);

        assertThat(sink.posts).isEmpty();
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).startsWith("feed is not well-formed XML at line 3, column").contains("nbsp");
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.raw()).isEqualTo(broken.getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void rejectsWellFormedXmlThatIsNotAFeedAndRefusesDoctypes() {
        CollectingSink html = CollectingSink.read("<html><body>hello</body></html>", ImportFormat.FEED);
        CollectingSink doctype = CollectingSink.read("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"boom\">]><rss version=\"2.0\"><channel/></rss>",
                ImportFormat.FEED);

        assertThat(html.rejections).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("not an RSS or Atom feed (root element <html>)"));
        assertThat(doctype.rejections).singleElement().satisfies(r -> assertThat(r.reason()).contains("DOCTYPE"));
    }

    @Test
    void aFeedWithAnIllegalNamespaceOrAnUnknownEncodingIsOneRejectionNotACrash() {
        String badNamespace = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"8ttp://bad\"><channel>"
                + "<title>t</title><item><title>a</title></item></channel></rss>";
        String badEncoding = "<?xml version=\"1.0\" encoding=\"UT--8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>";
        for (String feed : java.util.List.of(badNamespace, badEncoding)) {
            CollectingSink sink = CollectingSink.read(feed.getBytes(java.nio.charset.StandardCharsets.UTF_8), ImportFormat.FEED);
            org.assertj.core.api.Assertions.assertThat(sink.posts).isEmpty();
            org.assertj.core.api.Assertions.assertThat(sink.rejections).singleElement()
                    .satisfies(r -> org.assertj.core.api.Assertions.assertThat(r.reason()).isNotBlank());
        }
    }
}
