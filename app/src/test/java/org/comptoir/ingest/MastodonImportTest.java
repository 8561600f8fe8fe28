package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Post;
import org.junit.jupiter.api.Test;

class MastodonImportTest {

    @Test
    void turnsHtmlContentIntoPlainTextKeepingMentionsHashtagsAndLineBreaks() {
        CollectingSink sink = CollectingSink.readResource("mastodon-timeline.json", ImportFormat.MASTODON);

        Post toot = sink.post("mastodon:113456789012345678");
        assertThat(toot.text()).isEqualTo("Encore un retard de 45\u00a0min sur le TER @SNCF :blobcatangry:\n\n"
                + "Ça devient l'habitude… #retard\nQui d'autre ?");
        assertThat(toot.url()).isEqualTo("https://piaille.fr/@marie/113456789012345678");
        assertThat(toot.author()).isEqualTo(new Author("109876543210987654", "@marie@piaille.fr", "Marie 🚲", 312L));
        assertThat(toot.metrics()).isEqualTo(new Metrics(5, 2, 1));
        assertThat(toot.lang()).isEqualTo("fr");
        assertThat(toot.title()).isNull();
        assertThat(toot.createdAt()).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(toot.raw()).contains("\"media_attachments\"").startsWith("{");
    }

    @Test
    void importsTheRebloggedStatusWithItsContentWarningAsTitle() {
        CollectingSink sink = CollectingSink.readResource("mastodon-timeline.json", ImportFormat.MASTODON);

        Post original = sink.post("mastodon:113456700000000042");
        assertThat(original.text()).isEqualTo("Trois trains supprimés ce matin & aucune info en gare.\n\nMerci pour rien.");
        assertThat(original.title()).isEqualTo("Transports, coup de gueule");
        assertThat(original.author().handle()).isEqualTo("@julie@mamot.fr");
        assertThat(original.inReplyTo()).isEqualTo("mastodon:113456600000000007");
        assertThat(original.lang()).isEqualTo("fr");
        assertThat(original.metrics()).isEqualTo(new Metrics(40, 14, 3));
        assertThat(sink.posts).extracting(Post::id).doesNotContain("mastodon:113456790000000001");
    }

    @Test
    void quarantinesAStatusWhoseContentIsNotAStringAtItsLine() {
        CollectingSink sink = CollectingSink.readResource("mastodon-timeline.json", ImportFormat.MASTODON);

        assertThat(sink.posts).hasSize(2);
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("field 'content' must be a string, got number 42");
            assertThat(r.line()).isEqualTo(147L);
            assertThat(new String(r.raw(), java.nio.charset.StandardCharsets.UTF_8)).contains("113456791111111111");
        });
    }

    @Test
    void readsTheStatusesOfASearchResponse() {
        CollectingSink sink = CollectingSink.readResource("mastodon-search.json", ImportFormat.MASTODON);

        assertThat(sink.posts).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("mastodon:113500000000000001");
            assertThat(p.text()).isEqualTo("Le nouveau TGV Inoui est vraiment confortable #SNCF");
            assertThat(p.author().handle()).isEqualTo("@leo@framapiaf.org");
        });
        assertThat(sink.rejections).isEmpty();
    }

    @Test
    void fallsBackToTheUriWhenAStatusHasNoUrl() {
        String status = "{\"id\":\"1\",\"created_at\":\"2026-03-01T10:15:00.000Z\",\"uri\":\"https://a.example/users/x/statuses/1\","
                + "\"url\":null,\"content\":\"<p>hi</p>\",\"account\":{\"id\":\"9\",\"acct\":\"@x@a.example\"}}";

        CollectingSink sink = CollectingSink.read(status, ImportFormat.MASTODON);

        assertThat(sink.posts).singleElement().satisfies(p -> {
            assertThat(p.url()).isEqualTo("https://a.example/users/x/statuses/1");
            assertThat(p.author().handle()).isEqualTo("@x@a.example");
        });
    }
}
