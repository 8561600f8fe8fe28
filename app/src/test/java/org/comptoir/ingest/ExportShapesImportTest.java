package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.junit.jupiter.api.Test;

/** CSV exports of other tools, read without any --map: twarc2, the Twitter archive, listening tools. */
class ExportShapesImportTest {

    @Test
    void twarc2CsvMapsDottedColumnsAndQuarantinesASpreadsheetFloatId() {
        CollectingSink sink = CollectingSink.readResource("twarc2.csv", ImportFormat.CSV);

        assertThat(sink.posts).extracting(Post::id).containsExactly("x:1580661436132757506", "x:1580662000000000001");
        Post first = sink.post("x:1580661436132757506");
        assertThat(first.network()).isEqualTo(Network.X);
        assertThat(first.text()).isEqualTo("Panne générale chez Fournil ce matin, \"encore\" !\nDeuxième ligne du tweet.");
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2022-10-13T20:30:03Z"));
        assertThat(first.lang()).isEqualTo("fr");
        assertThat(first.author()).isEqualTo(new Author("2244994945", "@TwitterDev", "Twitter Dev", 1204L));
        assertThat(first.url()).isEqualTo("https://x.com/TwitterDev/status/1580661436132757506");
        assertThat(first.metrics()).as("reposts = retweets + quotes, as for X pages").isEqualTo(new Metrics(12, 8, 4));
        assertThat(first.raw()).as("JSON inside a cell is kept whole in raw")
                .contains("\"entities.urls\":\"[{\\\"start\\\": 40");
        assertThat(sink.post("x:1580662000000000001").inReplyTo()).isEqualTo("x:1580661436132757506");

        assertThat(sink.rejections).extracting(Rejection::line).as("the first tweet spans two lines").containsExactly(5L, 6L);
        assertThat(sink.rejections.get(0).reason()).startsWith("column 'id' holds '1.58066E+18', an id a spreadsheet "
                + "turned into a floating-point number");
        assertThat(sink.rejections.get(1).reason()).isEqualTo("column 'public_metrics.like_count' (likes) is not a "
                + "non-negative whole number: 'beaucoup'");
    }

    @Test
    void theLegacyTwitterArchiveImportsRepliesAndRetweetsAndQuarantinesABadTimestamp() {
        CollectingSink sink = CollectingSink.readResource("tweets.csv", ImportFormat.CSV);

        assertThat(sink.posts).extracting(Post::id)
                .containsExactly("x:358244011823202304", "x:358250993419743232", "x:358260000000000000");
        Post first = sink.post("x:358244011823202304");
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2013-07-19T14:03:12Z"));
        assertThat(first.url()).isEqualTo("https://x.com/i/web/status/358244011823202304");
        assertThat(first.author()).isEqualTo(Author.UNKNOWN);
        assertThat(first.raw()).contains("\"expanded_urls\":\"http://fournil.example/cafe\"");
        assertThat(sink.post("x:358250993419743232").inReplyTo()).isEqualTo("x:358244011823202304");
        assertThat(sink.post("x:358260000000000000").text()).startsWith("RT @fournil:");
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(5);
            assertThat(r.reason()).isEqualTo("field 'timestamp' is not an ISO-8601 date-time (such as "
                    + "2026-03-01T10:15:00Z): '19/07/2013 15:45'");
        });
    }

    @Test
    void brandwatchSkipsItsReportLinesTakesTheNetworkFromPageTypeAndTheUrlAsAMissingId() {
        CollectingSink sink = CollectingSink.readResource("brandwatch.csv", ImportFormat.CSV);

        assertThat(sink.posts).extracting(Post::id).containsExactly("x:1763555000000000001",
                "news:https://www.leprogres.example/lyon/fournil");
        Post tweet = sink.post("x:1763555000000000001");
        assertThat(tweet.text()).isEqualTo("Encore une panne chez Fournil, trois jours sans pain");
        assertThat(tweet.createdAt()).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(tweet.author()).isEqualTo(new Author(null, "@marie_l", "Marie L.", 312L));
        assertThat(tweet.metrics()).isEqualTo(new Metrics(3, 1, 2));
        Post article = sink.post("news:https://www.leprogres.example/lyon/fournil");
        assertThat(article.network()).isEqualTo(Network.of("news"));
        assertThat(article.title()).isEqualTo("Fournil ouvre à Lyon");
        assertThat(article.author().handle()).as("not an X handle: kept as written").isEqualTo("Jeanne Martin");
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(8);
            assertThat(r.reason()).contains("field 'Date' is not an ISO-8601 date-time").contains("'hier'");
        });
    }

    @Test
    void talkwalkerReadsEpochMillisAndSourceTypes() {
        CollectingSink sink = CollectingSink.readResource("talkwalker.csv", ImportFormat.CSV);

        assertThat(sink.posts).extracting(Post::id).containsExactly(
                "x:https://twitter.com/marie_l/status/1763555000000000001", "blog:https://blog.example.org/2026/03/fournil");
        Post tweet = sink.posts.get(0);
        assertThat(tweet.createdAt()).isEqualTo(Instant.parse("2024-03-01T10:15:00Z"));
        assertThat(tweet.author()).isEqualTo(new Author("tw:12345", "@marie_l", "Marie L.", 312L));
        assertThat(tweet.metrics()).isEqualTo(new Metrics(3, 1, 0));
        assertThat(sink.posts.get(1).title()).isEqualTo("Mon avis sur Fournil");
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).startsWith("missing id: column 'id' is empty");
        });
    }

    @Test
    void meltwaterTakesTheNetworkFromTheUrlAndRefusesAFloatTweetId() {
        CollectingSink sink = CollectingSink.readResource("meltwater.csv", ImportFormat.CSV);

        assertThat(sink.posts).extracting(Post::id).containsExactly("x:1763555000000000001",
                "web:https://www.leprogres.example/lyon/fournil");
        Post tweet = sink.post("x:1763555000000000001");
        assertThat(tweet.text()).isEqualTo("Encore une panne chez Fournil, trois jours sans pain");
        assertThat(tweet.author()).isEqualTo(new Author(null, "@marie_l", "Marie L.", 312L));
        assertThat(tweet.metrics()).isEqualTo(new Metrics(3, 1, 2));
        assertThat(sink.posts.get(1).title()).isEqualTo("Fournil ouvre à Lyon");
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).startsWith("column 'Tweet Id' holds '1.76356E+18', an id a spreadsheet");
        });
    }

    @Test
    void mentionMapsItsSourceTypeAndQuarantinesARowWithoutDate() {
        CollectingSink sink = CollectingSink.readResource("mention.csv", ImportFormat.CSV);

        assertThat(sink.posts).extracting(p -> p.network().name()).containsExactly("x", "news");
        assertThat(sink.posts.get(0).id()).isEqualTo("x:https://twitter.com/marie_l/status/1763555000000000001");
        assertThat(sink.posts.get(0).author().followers()).isEqualTo(312L);
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).isEqualTo("missing created_at: column 'Published at' is empty");
        });
    }

    @Test
    void aFileWithoutNetworkNeedsNetworkWhichThenAppliesToEveryRow() {
        CollectingSink without = CollectingSink.readResource("no-network.csv", ImportFormat.CSV);
        assertThat(without.posts).isEmpty();
        assertThat(without.rejections).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("no column for required field(s) network")
                .contains("give the network of the whole file with --network x"));

        CollectingSink with = CollectingSink.readResource("no-network.csv", ImportFormat.CSV,
                new ImportOptions(Map.of(), "facebook"));
        assertThat(with.rejections).isEmpty();
        assertThat(with.posts).extracting(Post::id).containsExactly("facebook:1001", "facebook:1002");
        assertThat(with.posts).allSatisfy(p -> assertThat(p.network()).isEqualTo(Network.FACEBOOK));
    }

    @Test
    void floatIdsAreRefusedInEveryNotationAndWholeIdsPass() {
        String csv = "id;network;text;created_at;in_reply_to\n"
                + "8.924e17;x;a;2026-03-01;\n"
                + "8.92E+17;x;b;2026-03-01;\n"
                + "892412345678901000.0;x;c;2026-03-01;\n"
                + "892412345678901234;x;d;2026-03-01;8,92E+17\n"
                + "892412345678901235;x;e;2026-03-01;892412345678901234\n";

        CollectingSink sink = CollectingSink.read(csv, ImportFormat.CSV);

        assertThat(sink.posts).extracting(Post::id).containsExactly("x:892412345678901235");
        assertThat(sink.rejections).extracting(Rejection::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(sink.rejections).allSatisfy(r -> assertThat(r.reason()).contains("turned into a floating-point number"));
        assertThat(sink.rejections.get(3).reason()).startsWith("column 'in_reply_to' holds '8,92E+17'");
    }

    @Test
    void aUtf16TabSeparatedMeltwaterExportIsDetectedAndRead() throws Exception {
        String tsv = "Date\tHeadline\tURL\tOpening Text\tHit Sentence\tSource\tInfluencer\tLanguage\tTweet Id\n"
                + "2026-03-01T10:15:00Z\t\thttps://x.com/marie_l/status/1763555000000000001\t\tPanne à Lyon, « encore » 😡\tTwitter\tMarie L.\tFrench\t1763555000000000001\n"
                + "2026-03-02T08:00:00Z\tFournil ouvre\thttps://www.leprogres.example/a\tLa boulangerie ouvre.\t\tLe Progrès\tJeanne\tFrench\t\n";
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write(tsv.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

        assertThat(PostFileReader.detect(bytes.toByteArray(), "export.csv")).isEqualTo(ImportFormat.CSV);
        assertThat(PostFileReader.detect(bytes.toByteArray(), null)).isEqualTo(ImportFormat.CSV);
        CollectingSink sink = CollectingSink.read(bytes.toByteArray(), ImportFormat.CSV);

        assertThat(sink.rejections).isEmpty();
        assertThat(sink.posts).extracting(Post::id).containsExactly("x:1763555000000000001", "web:https://www.leprogres.example/a");
        assertThat(sink.posts.get(0).text()).isEqualTo("Panne à Lyon, « encore » 😡");
        assertThat(sink.posts.get(1).text()).isEqualTo("La boulangerie ouvre.");
        assertThat(PostFileReader.csvHeader(bytes.toByteArray())).startsWith("Date", "Headline", "URL");
    }
}
