package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.junit.jupiter.api.Test;

class JetstreamImportTest {

    @Test
    void importsCreatedPostsAndSkipsLikesDeletesIdentityAccountRepostAndFollowEvents() {
        CollectingSink sink = CollectingSink.readResource("jetstream.jsonl", ImportFormat.JETSTREAM);

        assertThat(sink.posts).extracting(Post::id).containsExactly(
                "bluesky:at://did:plc:eygmaihciaxprqvxpfvl6flk/app.bsky.feed.post/3ljxkq2uyqs2a",
                "bluesky:at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3ljxkq4abcd2c");
    }

    @Test
    void mapsAPostEventWithItsAuthorDidUrlLanguageAndDate() {
        CollectingSink sink = CollectingSink.readResource("jetstream.jsonl", ImportFormat.JETSTREAM);

        Post post = sink.posts.get(0);
        assertThat(post.network()).isEqualTo(Network.BLUESKY);
        assertThat(post.url()).isEqualTo("https://bsky.app/profile/did:plc:eygmaihciaxprqvxpfvl6flk/post/3ljxkq2uyqs2a");
        assertThat(post.author()).isEqualTo(new Author("did:plc:eygmaihciaxprqvxpfvl6flk", null, null, null));
        assertThat(post.text()).isEqualTo("Toujours pas de train à Lyon Part-Dieu, bravo la SNCF 🙃");
        assertThat(post.lang()).isEqualTo("fr");
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2026-03-01T10:15:00.123Z"));
        assertThat(post.metrics()).isEqualTo(Metrics.NONE);
        assertThat(post.inReplyTo()).isNull();
        assertThat(post.raw()).startsWith("{\"did\":\"did:plc:eygmaihciaxprqvxpfvl6flk\"");
    }

    @Test
    void pointsAReplyAtItsParentPost() {
        CollectingSink sink = CollectingSink.readResource("jetstream.jsonl", ImportFormat.JETSTREAM);

        Post reply = sink.posts.get(1);
        assertThat(reply.inReplyTo()).isEqualTo("bluesky:at://did:plc:eygmaihciaxprqvxpfvl6flk/app.bsky.feed.post/3ljxkq2uyqs2a");
        assertThat(reply.lang()).isEqualTo("fr");
    }

    @Test
    void quarantinesAPostWithoutCreatedAtAndALineThatIsNotAnEvent() {
        CollectingSink sink = CollectingSink.readResource("jetstream.jsonl", ImportFormat.JETSTREAM);
        CollectingSink notEvents = CollectingSink.read("{\"hello\":1}\n[1,2]\n", ImportFormat.JETSTREAM);

        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("missing required field 'commit.record.createdAt'");
            assertThat(r.line()).isEqualTo(8);
        });
        assertThat(notEvents.rejections).extracting(Rejection::reason).containsExactly(
                "not a Jetstream event: missing required field 'kind'",
                "not a Jetstream event: expected an object, got number 1",
                "not a Jetstream event: expected an object, got number 2");
    }
}
