package org.comptoir.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.comptoir.Comptoir;
import org.comptoir.post.Analysis;
import org.comptoir.post.Author;
import org.comptoir.post.Intent;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.comptoir.post.Sentiment;
import org.comptoir.search.PostSearch;
import org.comptoir.store.Facet;
import org.comptoir.store.StoredPost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every figure on a small world written by hand: the expected numbers are worked out in the comments. */
class AnalyticsTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    @TempDir
    Path dir;
    Comptoir comptoir;
    Analytics analytics;
    final List<StoredPost> posts = new ArrayList<>();

    @BeforeEach
    void world() throws Exception {
        comptoir = Comptoir.open(dir);
        analytics = comptoir.analytics();
        // week of 2 March: marie complains (2 posts), paul defends, lea thanks; 23:30 UTC on 2 March is 3 March in Paris
        add("m:1", "1", "@marie", 100, "Encore une panne du fournil #pannefournil", Sentiment.NEGATIVE, "2026-03-02T09:00:00Z", null, 4);
        add("m:2", "2", "@paul", 90000, "Non, le fournil a réparé, bravo", Sentiment.POSITIVE, "2026-03-02T10:00:00Z", "m:1", 1);
        add("m:3", "1", "@marie", 100, "Toujours la panne au fournil #pannefournil", Sentiment.NEGATIVE, "2026-03-02T23:30:00Z", null, 2);
        add("m:4", "3", "@lea", 10, "Merci pour la réponse rapide", Sentiment.POSITIVE, "2026-03-03T08:00:00Z", "m:3", 0);
        // the next week: marie again (a second week), an author with many followers who posts once
        add("m:5", "1", "@marie", 100, "La panne du fournil continue #pannefournil", Sentiment.NEGATIVE, "2026-03-10T08:00:00Z", null, 0);
        add("m:6", "4", "@star", 2000000, "Joli pain ce matin", Sentiment.NEUTRAL, "2026-03-11T08:00:00Z", null, 50);
        comptoir.pipelines().get("default").index().upsert(posts);
        comptoir.pipelines().get("default").commit();
        comptoir.topics().save("default", "fournil", "fournil", null);
        comptoir.topics().save("default", "pain", "pain OR panne", null);
    }

    @AfterEach
    void close() {
        comptoir.close();
    }

    private void add(String id, String authorId, String handle, long followers, String text, Sentiment sentiment, String at,
                     String inReplyTo, long likes) {
        posts.add(new StoredPost(new Post(id, Network.MASTODON, "https://piaille.example/" + id, new Author(authorId, handle, handle, followers),
                text, null, "fr", Instant.parse(at), inReplyTo, new Metrics(likes, 0, 0), null,
                new Analysis("fr", sentiment, 0.9, Intent.OTHER, List.of())), List.of()));
    }

    private static Selection march(String topic) {
        return new Selection(null, topic, Instant.parse("2026-03-01T23:00:00Z"), Instant.parse("2026-03-15T23:00:00Z"), null, null, PARIS);
    }

    @Test
    void volumeBucketsAreTheUsersDaysZeroFilledAndAddUpToTheSearchCount() throws Exception {
        Figures.Volume volume = analytics.volume("default", march(null), Interval.DAY);
        assertThat(volume.buckets()).hasSize(14);
        assertThat(volume.buckets().get(0).start()).isEqualTo(Instant.parse("2026-03-01T23:00:00Z"));
        assertThat(volume.buckets()).extracting(Figures.Bucket::count).startsWith(2L, 2L, 0L);
        assertThat(volume.buckets().get(0)).isEqualTo(new Figures.Bucket(Instant.parse("2026-03-01T23:00:00Z"), 2, 1, 0, 1, 0.0));
        long sum = volume.buckets().stream().mapToLong(Figures.Bucket::count).sum();
        long searched = comptoir.search().count("default", new PostSearch.Request(null, null, volume.from(), volume.to(), null, 20, null));
        assertThat(sum).isEqualTo(searched).isEqualTo(6);
        assertThat(analytics.volume("default", march("fournil"), Interval.WEEK).buckets()).extracting(Figures.Bucket::count)
                .containsExactly(3L, 1L);
    }

    @Test
    void withoutATimeZoneDaysAreTheWorkspaces() throws Exception {
        Selection unzoned = new Selection(null, null, Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-04T00:00:00Z"),
                null, null, null);
        Figures.Volume paris = analytics.volume("default", unzoned, Interval.DAY);
        assertThat(paris.zone()).as("a new data directory's default workspace counts Paris days").isEqualTo("Europe/Paris");
        assertThat(paris.buckets().get(0).start()).isEqualTo(Instant.parse("2026-03-01T23:00:00Z"));
        comptoir.workspaces().create("tokyo", "Tokyo", null, "Asia/Tokyo");
        assertThat(analytics.volume("tokyo", unzoned, Interval.DAY).zone()).isEqualTo("Asia/Tokyo");
        assertThatThrownBy(() -> comptoir.workspaces().create("mars", "Mars", null, "Mars/Olympus"))
                .hasMessageContaining("unknown time zone 'Mars/Olympus'");
    }

    @Test
    void daysFollowDaylightSavingTime() {
        List<Instant> edges = Interval.DAY.edges(Instant.parse("2026-10-24T22:00:00Z"), Instant.parse("2026-10-26T23:00:00Z"), PARIS);
        assertThat(edges).containsExactly(Instant.parse("2026-10-24T22:00:00Z"), Instant.parse("2026-10-25T23:00:00Z"),
                Instant.parse("2026-10-26T23:00:00Z"));
        assertThatThrownBy(() -> Interval.HOUR.edges(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), PARIS))
                .hasMessageContaining("more than 5000 hour buckets");
    }

    @Test
    void sharesOfVoiceSumToOneAndBreakdownsCountEveryPost() throws Exception {
        Figures.Breakdown shares = analytics.shareOfVoice("default", march(null), List.of("fournil", "pain"));
        // fournil: m:1, m:2, m:3, m:5 = 4; pain OR panne: m:1, m:3, m:5, m:6 = 4
        assertThat(shares.values()).extracting(Figures.Share::value, Figures.Share::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("fournil", 4L), org.assertj.core.groups.Tuple.tuple("pain", 4L));
        assertThat(shares.values().stream().mapToDouble(Figures.Share::share).sum()).isEqualTo(1.0);
        assertThat(shares.values().get(0).netSentiment()).isEqualTo(-0.5);
        assertThatThrownBy(() -> analytics.shareOfVoice("default", march(null), List.of("nope"))).hasMessageContaining("unknown topic 'nope'");
        Figures.Breakdown sentiment = analytics.breakdown("default", march(null), Facet.SENTIMENT);
        assertThat(sentiment.total()).isEqualTo(6);
        assertThat(sentiment.values()).extracting(Figures.Share::value).containsExactly("negative", "positive", "neutral");
    }

    @Test
    void authorsAreRankedByEngagementNeverByFollowers() throws Exception {
        List<Figures.RankedAuthor> authors = analytics.authors("default", march(null), 10);
        // marie: 3 posts + 2·(2 weeks − 1) + log2(1 + 6) = 7.807; paul: 1 + 2·1 reply + 3·1 defence + log2(2) = 7
        // lea: 1 + 2 + 3 + 0 = 6; star: 1 + log2(51) = 6.672
        assertThat(authors).extracting(Figures.RankedAuthor::handle).containsExactly("@marie", "@paul", "@star", "@lea");
        assertThat(authors.get(0).engagement()).isEqualTo(7.8074);
        assertThat(authors.get(1).engagement()).isEqualTo(7.0);
        assertThat(authors.get(2).followers()).isEqualTo(2_000_000);
    }

    @Test
    void thePyramidPlacesEachAuthorByTheRulesAndMeasuresLegitimacy() throws Exception {
        Figures.Pyramid pyramid = analytics.pyramid("default", march(null));
        // star: audience; marie: two weeks, no reply → participant; lea: a positive reply to a negative post,
        // more positive than negative → advocate; paul: the same → advocate
        assertThat(pyramid.levels()).extracting(Figures.Level::level, Figures.Level::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("audience", 1L), org.assertj.core.groups.Tuple.tuple("participant", 1L),
                org.assertj.core.groups.Tuple.tuple("conversant", 0L), org.assertj.core.groups.Tuple.tuple("advocate", 2L));
        // legitimacy = Σ over conversants and advocates of (1 + net sentiment)/2, over all authors = (1 + 1) / 4
        assertThat(pyramid.legitimacyIndex()).isEqualTo(0.5);
        assertThat(pyramid.reach()).isEqualTo(100 + 90000 + 10 + 2_000_000);
        assertThat(pyramid.movement().joined()).isEqualTo(4);

        analytics.replaceEmployees("default", List.of("@Paul"));
        Figures.Pyramid withStaff = analytics.pyramid("default", march(null));
        assertThat(withStaff.employees()).isEqualTo(1);
        assertThat(withStaff.authors()).isEqualTo(3);
        assertThat(withStaff.levels().get(3).count()).isEqualTo(1);
        assertThat(analytics.authors("default", march(null), 10)).filteredOn(Figures.RankedAuthor::employee)
                .extracting(Figures.RankedAuthor::handle).containsExactly("@paul");
        assertThat(analytics.authors("default", march(null), 10, false)).as("the community only, as the dashboard lists it")
                .extracting(Figures.RankedAuthor::handle).hasSize(3).doesNotContain("@paul");
    }

    @Test
    void trendingTermsAreTheOnesMoreFrequentThanInTheBaselineWithoutStopWords() throws Exception {
        Selection week2 = new Selection(null, null, Instant.parse("2026-03-09T00:00:00Z"), Instant.parse("2026-03-16T00:00:00Z"),
                null, null, ZoneId.of("UTC"));
        Selection all = new Selection(null, null, Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-16T00:00:00Z"),
                null, null, ZoneId.of("UTC"));
        Figures.Terms terms = analytics.terms("default", all, week2.between(Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-03-01T00:00:00Z")), 20);
        assertThat(terms.terms()).extracting(Figures.Term::term).contains("#pannefournil", "fournil", "panne")
                .doesNotContain("la", "du", "le", "une");
        Figures.Term hashtag = terms.terms().stream().filter(t -> t.term().equals("#pannefournil")).findFirst().orElseThrow();
        assertThat(hashtag.kind()).isEqualTo("hashtag");
        assertThat(hashtag.count()).isEqualTo(3);
        assertThat(hashtag.baselineCount()).isZero();
        assertThat(hashtag.samplePostIds()).hasSize(3);
    }

    @Test
    void gSquaredIsDunningsLogLikelihood() {
        // 10 of 100 posts against 1 of 100: 2 Σ O ln(O/E) with E = 5.5, 94.5, 5.5, 94.5
        double expected = 2 * (10 * Math.log(10 / 5.5) + 90 * Math.log(90 / 94.5) + 1 * Math.log(1 / 5.5) + 99 * Math.log(99 / 94.5));
        assertThat(SignificantTerms.gSquared(10, 100, 1, 100)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SignificantTerms.gSquared(5, 100, 5, 100)).isZero();
    }

    @Test
    void verbatimsSkipNearDuplicates() {
        Post a = posts.get(0).post();
        Post copy = new Post("m:9", a.network(), a.url(), a.author(), a.text(), null, "fr", a.createdAt(), null, a.metrics(), null, a.analysis());
        List<Figures.Term> significant = List.of(new Figures.Term("panne", "word", 10, 3, 0, List.of()),
                new Figures.Term("#pannefournil", "hashtag", 20, 3, 0, List.of()), new Figures.Term("pain", "word", 5, 3, 0, List.of()));
        // m:3 shares 3 of its 4 terms with m:1 (Jaccard 0.75): a near-duplicate, like the copy; m:4 has no significant term
        List<Figures.Verbatim> picked = Verbatims.pick(List.of(a, copy, posts.get(2).post(), posts.get(3).post(), posts.get(5).post()),
                significant, 3);
        assertThat(picked).extracting(Figures.Verbatim::postId).containsExactly("m:1", "m:6");
    }
}
