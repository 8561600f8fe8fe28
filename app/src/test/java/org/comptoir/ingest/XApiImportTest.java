package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.junit.jupiter.api.Test;

class XApiImportTest {

    @Test
    void mapsTweetsOfAPageWithTheirAuthorsFromIncludes() {
        CollectingSink sink = CollectingSink.readResource("x-search-page.json", ImportFormat.X_API);

        Post tweet = sink.post("x:1896234567890123456");
        assertThat(tweet.network()).isEqualTo(Network.X);
        assertThat(tweet.text()).startsWith("@SNCF encore 45 minutes de retard");
        assertThat(tweet.author()).isEqualTo(new Author("2244994945", "@mariedupont", "Marie Dupont", 312L));
        assertThat(tweet.url()).isEqualTo("https://x.com/mariedupont/status/1896234567890123456");
        assertThat(tweet.lang()).isEqualTo("fr");
        assertThat(tweet.createdAt()).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(tweet.metrics()).isEqualTo(new Metrics(17, 5, 2));
        assertThat(tweet.inReplyTo()).isNull();
        assertThat(tweet.raw()).startsWith("{").endsWith("}").contains("\"edit_history_tweet_ids\"")
                .doesNotContain("includes");
    }

    @Test
    void prefersTheNoteTweetTextAndFallsBackToAnIdUrlWhenTheAuthorIsNotIncluded() {
        CollectingSink sink = CollectingSink.readResource("x-search-page.json", ImportFormat.X_API);

        Post longTweet = sink.post("x:1896234999000111222");
        assertThat(longTweet.text()).endsWith("what travellers can do about delays.").doesNotContain("t.co");
        assertThat(longTweet.author()).isEqualTo(new Author("98765432", null, null, null));
        assertThat(longTweet.url()).isEqualTo("https://x.com/i/web/status/1896234999000111222");
    }

    @Test
    void turnsRepliedToIntoInReplyToAndDropsXsPseudoLanguages() {
        CollectingSink sink = CollectingSink.readResource("x-search-page.json", ImportFormat.X_API);

        Post reply = sink.post("x:1896235111222333444");
        assertThat(reply.inReplyTo()).isEqualTo("x:1896234567890123456");
        assertThat(reply.lang()).isNull();
        assertThat(reply.author().handle()).isEqualTo("@SNCF");
        assertThat(reply.author().followers()).isEqualTo(1021344L);
    }

    @Test
    void quarantinesABadTweetAtItsOwnLineInsideAPrettyPrintedPage() {
        byte[] file = CollectingSink.resourceBytes("x-search-page.json");
        CollectingSink sink = CollectingSink.read(file, ImportFormat.X_API);

        assertThat(sink.posts).hasSize(3);
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).contains("field 'created_at'").contains("'hier soir'");
            String text = new String(file, StandardCharsets.ISO_8859_1);
            int expectedOffset = text.substring(0, text.indexOf("\"hier soir\"")).lastIndexOf('{');
            long expectedLine = text.substring(0, expectedOffset).chars().filter(c -> c == '\n').count() + 1;
            assertThat(r.offset()).isEqualTo(expectedOffset);
            assertThat(r.line()).isEqualTo(expectedLine);
            assertThat(new String(r.raw(), StandardCharsets.UTF_8)).startsWith("{").endsWith("}").contains("1896235222333444555");
        });
    }

    @Test
    void readsOnePagePerLineAndIgnoresAPageWithOnlyErrors() {
        CollectingSink sink = CollectingSink.readResource("x-pages.jsonl", ImportFormat.X_API);

        assertThat(sink.posts).extracting(Post::id).containsExactly("x:1896300000000000001", "x:1896300000000000002");
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.post("x:1896300000000000002").lang()).isNull();
        assertThat(sink.post("x:1896300000000000001").author().followers()).isEqualTo(313L);
    }

    @Test
    void readsAJsonArrayOfPages() {
        String pages = "[{\"data\":[{\"id\":\"1\",\"text\":\"a\",\"created_at\":\"2026-03-01T10:00:00.000Z\"}]},\n"
                + " {\"data\":{\"id\":\"2\",\"text\":\"b\",\"created_at\":\"2026-03-01T11:00:00.000Z\"},\"meta\":{}}]";

        CollectingSink sink = CollectingSink.read(pages, ImportFormat.X_API);

        assertThat(sink.posts).extracting(Post::id).containsExactly("x:1", "x:2");
    }

    @Test
    void explainsWhatToRequestWhenCreatedAtIsMissingFromAnOldIdAndRejectsWhatIsNotAPage() {
        String lines = "{\"data\":[{\"id\":\"1\",\"text\":\"no date\"}]}\n{\"id\":\"x:1\",\"network\":\"x\"}\n";

        CollectingSink sink = CollectingSink.read(lines, ImportFormat.X_API);

        assertThat(sink.posts).isEmpty();
        assertThat(sink.rejections).extracting(Rejection::reason).containsExactly(
                "missing required field 'created_at' (request tweet.fields=created_at), and id 1 predates snowflake ids "
                        + "(November 2010), so it encodes no time",
                "not an X API v2 page: expected an object with 'data', 'includes', 'meta' or 'errors', got keys [id, network]");
        assertThat(sink.rejections).extracting(Rejection::line).containsExactly(1L, 2L);
    }

    @Test
    void aPageWithDefaultFieldsOnlyGetsItsTimesFromTheSnowflakeIdsAndSaysSo() {
        CollectingSink sink = CollectingSink.readResource("x-default-fields.json", ImportFormat.X_API);

        assertThat(sink.posts).extracting(Post::id).containsExactly("x:1460323737035677698", "x:1460327890123456789");
        Post first = sink.posts.get(0);
        assertThat(first.createdAt()).as("(id >> 22) + 1288834974657 ms").isEqualTo(Instant.parse("2021-11-15T19:08:05.069Z"));
        assertThat(sink.posts.get(1).createdAt()).isEqualTo(Instant.parse("2021-11-15T19:24:35.242Z"));
        assertThat(first.author()).isEqualTo(Author.UNKNOWN);
        assertThat(first.url()).isEqualTo("https://x.com/i/web/status/1460323737035677698");
        assertThat(first.raw()).startsWith("{\n      \"edit_history_tweet_ids\"")
                .endsWith(",\"comptoir_derived\":{\"created_at\":\"snowflake id\"}}");
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(first.raw())
                .path("comptoir_derived").path("created_at").asString()).isEqualTo("snowflake id");
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("missing required field 'id'");
            assertThat(r.line()).as("where the tweet object opens").isEqualTo(13);
        });
    }

    @Test
    void aGivenCreatedAtIsNeverReplacedByTheDerivedOne() {
        CollectingSink sink = CollectingSink.read("{\"data\":[{\"id\":\"1460323737035677698\",\"text\":\"t\","
                + "\"created_at\":\"2021-11-15T19:08:05.000Z\"}]}\n", ImportFormat.X_API);

        assertThat(sink.posts).singleElement().satisfies(p -> {
            assertThat(p.createdAt()).isEqualTo(Instant.parse("2021-11-15T19:08:05Z"));
            assertThat(p.raw()).doesNotContain("comptoir_derived");
        });
    }
}
