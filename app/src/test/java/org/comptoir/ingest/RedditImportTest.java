package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.junit.jupiter.api.Test;

/** A Reddit thread page as {@code /comments/ID.json} returns it: the post's listing, then the comments' listing. */
class RedditImportTest {

    @Test
    void mapsThePostWithItsTitleAuthorAndCounts() {
        CollectingSink sink = CollectingSink.readResource("reddit-thread.json", ImportFormat.REDDIT);

        Post post = sink.post("reddit:t3_1h2a3b4");
        assertThat(post.network()).isEqualTo(Network.REDDIT);
        assertThat(post.title()).isEqualTo("Colis en retard, service client injoignable");
        assertThat(post.text()).startsWith("Deuxième fois ce mois-ci").contains("\n\nQuelqu'un a eu");
        assertThat(post.author()).isEqualTo(new Author("t2_4f8k2", "u/marie_lyon", null, null));
        assertThat(post.url()).isEqualTo("https://www.reddit.com/r/france/comments/1h2a3b4/colis_en_retard_service_client_injoignable/");
        assertThat(post.createdAt()).isEqualTo(Instant.ofEpochSecond(1_772_360_100L));
        assertThat(post.metrics()).isEqualTo(new Metrics(57, 0, 3));
        assertThat(post.inReplyTo()).isNull();
    }

    @Test
    void commentsAndNestedRepliesReplyToTheirParentAndDeletedAuthorsAreUnknown() {
        CollectingSink sink = CollectingSink.readResource("reddit-thread.json", ImportFormat.REDDIT);

        assertThat(sink.post("reddit:t1_m9k2a7c").inReplyTo()).isEqualTo("reddit:t3_1h2a3b4");
        Post nested = sink.post("reddit:t1_m9k2x1b");
        assertThat(nested.inReplyTo()).isEqualTo("reddit:t1_m9k2a7c");
        assertThat(nested.author()).isEqualTo(Author.UNKNOWN);
        assertThat(sink.posts).extracting(Post::id)
                .containsExactly("reddit:t3_1h2a3b4", "reddit:t1_m9k2a7c", "reddit:t1_m9k2x1b")
                .as("'load more comments' stubs carry no text").doesNotContain("reddit:t1_m9k3zzz");
    }

    @Test
    void quarantinesACommentWhoseBodyIsNotAString() {
        CollectingSink sink = CollectingSink.readResource("reddit-thread.json", ImportFormat.REDDIT);

        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("field 'data.body' must be a string, got number 42");
            assertThat(new String(r.raw(), java.nio.charset.StandardCharsets.UTF_8)).contains("m9k2b8d");
        });
    }
}
