package org.comptoir.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.testing.TestPosts.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.comptoir.post.Analysis;
import org.comptoir.post.Author;
import org.comptoir.post.Intent;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.comptoir.post.Sentiment;
import org.comptoir.query.QueryParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PostIndex} must do. Each backend's test extends this class and opens its index;
 * the Lucene one runs on a temp directory, OpenSearch on an in-process node.
 */
public abstract class PostIndexContract {
    protected PostIndex index;

    protected abstract PostIndex openIndex() throws Exception;

    /** Closes and opens the same index again (to check durability). */
    protected abstract PostIndex reopen(PostIndex current) throws Exception;

    @BeforeEach
    void open() throws Exception {
        index = openIndex();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void store(StoredPost... posts) {
        index.upsert(List.of(posts));
        index.commit();
    }

    @Test
    void storedPostsComeBackWhole() {
        StoredPost stored = new StoredPost(post("mastodon:1", "Le café est froid", "fr", "2026-03-01T10:15:00Z"), List.of("cafe"));
        store(stored);
        assertThat(index.get("mastodon:1")).contains(stored);
        assertThat(index.get("mastodon:2")).isEmpty();
    }

    @Test
    void upsertReplacesThePostWithTheSameId() {
        store(new StoredPost(post("m:1", "avant", "fr", "2026-03-01T10:15:00Z"), List.of()));
        store(new StoredPost(post("m:1", "après", "fr", "2026-03-01T10:15:00Z"), List.of("t")));
        assertThat(index.count(PostQuery.all())).isEqualTo(1);
        assertThat(index.get("m:1").orElseThrow().post().text()).isEqualTo("après");
    }

    @Test
    void deletedPostsAreNeitherFoundNorCountedAndStayDeletedAfterReopening() throws Exception {
        store(new StoredPost(post("m:1", "panne de réseau", "fr", "2026-03-01T10:15:00Z"), List.of()),
                new StoredPost(post("m:2", "encore une panne", "fr", "2026-03-02T10:15:00Z"), List.of()));
        index.delete(List.of("m:1", "m:absent"));
        assertThat(index.get("m:1")).isEmpty();
        assertThat(index.count(PostQuery.of(QueryParser.parse("panne")))).isEqualTo(1);
        index.commit();
        index = reopen(index);
        assertThat(index.get("m:1")).isEmpty();
        assertThat(index.get("m:2")).isPresent();
    }

    @Test
    void insertedPostsAreStoredAndFoundAfterUpsertedOnes() throws Exception {
        store(new StoredPost(post("m:1", "panne de réseau", "fr", "2026-03-01T10:15:00Z"), List.of()));
        StoredPost inserted = new StoredPost(post("m:2", "encore une panne", "fr", "2026-03-02T10:15:00Z"), List.of("t"));
        index.insert(List.of(inserted));
        index.commit();
        assertThat(index.get("m:2")).contains(inserted);
        assertThat(index.existingIds(List.of("m:1", "m:2", "m:3"))).containsExactlyInAnyOrder("m:1", "m:2");
        assertThat(index.count(PostQuery.of(QueryParser.parse("panne")))).isEqualTo(2);
    }

    @Test
    void existingIdsNamesOnlyStoredPosts() {
        store(new StoredPost(post("m:1", "un", "fr", "2026-03-01T10:15:00Z"), List.of()),
                new StoredPost(post("m:2", "deux", "fr", "2026-03-01T10:16:00Z"), List.of()));
        assertThat(index.existingIds(List.of("m:1", "m:3", "m:2"))).isEqualTo(Set.of("m:1", "m:2"));
    }

    @Test
    void searchFindsByQueryTopicLanguageAndTime() throws Exception {
        store(new StoredPost(post("m:1", "Encore une panne de l'application", "fr", "2026-03-01T10:00:00Z"), List.of("appli")),
                new StoredPost(post("m:2", "The app is down again", "en", "2026-03-02T10:00:00Z"), List.of("appli")),
                new StoredPost(post("m:3", "Belle journée au café", "fr", "2026-03-03T10:00:00Z"), List.of()));
        assertThat(ids(index.search(PostQuery.of(QueryParser.parse("application"))))).containsExactly("m:1");
        assertThat(ids(index.search(PostQuery.all().withTopic("appli")))).containsExactly("m:2", "m:1");
        assertThat(ids(index.search(new PostQuery(null, null, null, null, "fr", 10, null)))).containsExactly("m:3", "m:1");
        assertThat(ids(index.search(new PostQuery(null, null, Instant.parse("2026-03-02T00:00:00Z"),
                Instant.parse("2026-03-03T10:00:00Z"), null, 10, null)))).containsExactly("m:2");
        assertThat(index.count(PostQuery.of(QueryParser.parse("cafe")))).isEqualTo(1);
    }

    @Test
    void pagesCoverEveryPostOnceNewestFirst() {
        List<StoredPost> posts = new ArrayList<>();
        for (int i = 0; i < 57; i++) {
            // several posts share a timestamp, so the cursor must break ties by id
            posts.add(new StoredPost(post("m:" + i, "message " + i, "fr", "2026-03-01T10:" + String.format("%02d", i / 3) + ":00Z"), List.of()));
        }
        index.upsert(posts);
        index.commit();
        List<String> seen = new ArrayList<>();
        PostQuery query = PostQuery.all().withLimit(10);
        Instant previous = Instant.MAX;
        while (true) {
            SearchPage page = index.search(query);
            assertThat(page.total()).isEqualTo(57);
            for (StoredPost stored : page.posts()) {
                assertThat(stored.post().createdAt()).isBeforeOrEqualTo(previous);
                previous = stored.post().createdAt();
                seen.add(stored.post().id());
            }
            if (page.nextCursor() == null) {
                break;
            }
            query = query.withCursor(page.nextCursor());
        }
        assertThat(seen).hasSize(57).doesNotHaveDuplicates();
    }

    @Test
    void committedPostsSurviveReopening() throws Exception {
        store(new StoredPost(post("m:1", "durable", "fr", "2026-03-01T10:00:00Z"), List.of()));
        index = reopen(index);
        assertThat(index.get("m:1")).isPresent();
    }

    @Test
    void forEachVisitsEveryMatchingPost() throws Exception {
        List<StoredPost> posts = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            posts.add(new StoredPost(post("m:" + i, i % 2 == 0 ? "panne réseau" : "tout va bien", "fr", "2026-03-01T10:00:00Z"), List.of()));
        }
        index.upsert(posts);
        List<String> visited = new ArrayList<>();
        index.forEach(PostQuery.of(QueryParser.parse("panne")), stored -> visited.add(stored.post().id()));
        assertThat(visited).hasSize(1_250).doesNotHaveDuplicates();
    }

    private static List<String> ids(SearchPage page) {
        return page.posts().stream().map(p -> p.post().id()).toList();
    }

    // ---- aggregations: every figure of the dashboard comes from these three

    private static Post said(String id, Network network, String authorId, String handle, long followers, String text,
                             Sentiment sentiment, Intent intent, String at, String inReplyTo, long likes) {
        return new Post(id, network, "https://" + network.name() + ".example/" + id, new Author(authorId, handle, handle, followers),
                text, null, "fr", Instant.parse(at), inReplyTo, new Metrics(likes, 0, 0), null,
                new Analysis("fr", sentiment, 0.9, intent, List.of()));
    }

    /** Five posts: marie complains twice in two weeks, paul defends the brand once, an unanalysed post from another network. */
    private void storeConversation() {
        store(new StoredPost(said("m:1", Network.MASTODON, "1", "@marie", 100, "panne encore", Sentiment.NEGATIVE, Intent.COMPLAINT,
                        "2026-03-02T09:00:00Z", null, 4), List.of("brand")),
                new StoredPost(said("m:2", Network.MASTODON, "2", "@paul", 5000, "non, c'est réparé", Sentiment.POSITIVE, Intent.OTHER,
                        "2026-03-02T10:30:00Z", "m:1", 1), List.of("brand", "support")),
                new StoredPost(said("m:3", Network.MASTODON, "1", "@marie", 120, "toujours en panne", Sentiment.NEGATIVE, Intent.COMPLAINT,
                        "2026-03-10T08:00:00Z", null, 2), List.of("brand")),
                new StoredPost(said("x:4", Network.X, "9", "@lea", 10, "merci pour la réponse", Sentiment.NEUTRAL, Intent.PRAISE,
                        "2026-03-03T12:00:00Z", "m:3", 0), List.of()),
                new StoredPost(new Post("r:5", Network.RSS, "https://blog.example.org/a", new Author(null, null, "Blog", null), "un billet",
                        null, "en", Instant.parse("2026-03-04T00:00:00Z"), null, new Metrics(0, 0, 0), null, null), List.of("brand")));
    }

    @Test
    void aHistogramCountsEachPostInTheBucketOfItsTimeBySentiment() {
        storeConversation();
        List<Instant> days = List.of(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-03T00:00:00Z"),
                Instant.parse("2026-03-04T00:00:00Z"), Instant.parse("2026-03-05T00:00:00Z"));
        assertThat(index.histogram(PostQuery.all(), days)).containsExactly(
                new SentimentCounts(2, 1, 0, 1), new SentimentCounts(1, 0, 1, 0), new SentimentCounts(1, 0, 0, 0));
        assertThat(index.histogram(PostQuery.all().withTopic("brand"), days)).extracting(SentimentCounts::count).containsExactly(2L, 0L, 1L);
        assertThat(index.histogram(PostQuery.all(), List.of(days.get(0)))).as("one edge, no bucket").isEmpty();
    }

    @Test
    void countsByFacetFollowTheFiltersAndCountAPostOncePerTopic() throws Exception {
        storeConversation();
        assertThat(index.countBy(PostQuery.all(), Facet.NETWORK)).containsOnly(
                java.util.Map.entry("mastodon", new SentimentCounts(3, 2, 0, 1)), java.util.Map.entry("x", new SentimentCounts(1, 0, 1, 0)),
                java.util.Map.entry("rss", new SentimentCounts(1, 0, 0, 0)));
        assertThat(index.countBy(PostQuery.all(), Facet.TOPIC)).containsOnly(
                java.util.Map.entry("brand", new SentimentCounts(4, 2, 0, 1)), java.util.Map.entry("support", new SentimentCounts(1, 0, 0, 1)));
        assertThat(index.countBy(PostQuery.all(), Facet.INTENT)).containsEntry("complaint", new SentimentCounts(2, 2, 0, 0))
                .doesNotContainKey("null");
        assertThat(index.countBy(PostQuery.all(), Facet.SITE)).containsEntry("blog.example.org", new SentimentCounts(1, 0, 0, 0));
        assertThat(index.countBy(PostQuery.all(), Facet.LANG)).containsOnlyKeys("fr", "en");
        PostQuery complaints = new PostQuery(QueryParser.parse("panne"), null, null, null, null, 20, null, "mastodon");
        assertThat(index.countBy(complaints, Facet.SENTIMENT)).containsOnly(java.util.Map.entry("negative", new SentimentCounts(2, 2, 0, 0)));
        assertThat(index.count(new PostQuery(null, null, null, null, null, 20, null, "x"))).isEqualTo(1);
    }

    @Test
    void authorsAddUpTheirPostsRepliesReactionsWeeksAndDefences() {
        storeConversation();
        java.util.Map<String, AuthorActivity> byKey = new java.util.HashMap<>();
        index.authors(PostQuery.all()).forEach(a -> byKey.put(a.key(), a));
        assertThat(byKey).containsOnlyKeys("mastodon:1", "mastodon:2", "x:9");
        AuthorActivity marie = byKey.get("mastodon:1");
        assertThat(marie.posts()).isEqualTo(2);
        assertThat(marie.weeks()).as("2 March and 10 March are two ISO weeks").isEqualTo(2);
        assertThat(marie.reactions()).isEqualTo(6);
        assertThat(marie.followers()).isEqualTo(120);
        assertThat(marie.latestPostId()).isEqualTo("m:3");
        assertThat(marie.sentiment()).isEqualTo(new SentimentCounts(2, 2, 0, 0));
        assertThat(marie.replies()).isZero();
        AuthorActivity paul = byKey.get("mastodon:2");
        assertThat(paul.replies()).isEqualTo(1);
        assertThat(paul.defences()).as("a positive reply to a negative post").isEqualTo(1);
        AuthorActivity lea = byKey.get("x:9");
        assertThat(lea.replies()).isEqualTo(1);
        assertThat(lea.defences()).as("a neutral reply to a negative post counts too").isEqualTo(1);
        assertThat(index.authors(PostQuery.all().withTopic("support"))).singleElement()
                .satisfies(a -> assertThat(a.key()).isEqualTo("mastodon:2"));
    }

    @Test
    void complaintsAreFoundByTheirAssessmentAndKeepTheirProbability() throws Exception {
        Post grievance = said("c:1", Network.MASTODON, "1", "@a", 0, "toujours rien", Sentiment.NEGATIVE, Intent.OTHER,
                "2026-03-02T09:00:00Z", null, 0);
        Post calm = said("c:2", Network.MASTODON, "2", "@b", 0, "merci", Sentiment.POSITIVE, Intent.PRAISE, "2026-03-02T10:00:00Z", null, 0);
        store(new StoredPost(grievance.withAnalysis(new Analysis("fr", Sentiment.NEGATIVE, 0.9, Intent.OTHER, List.of(), false, 0.82)),
                        List.of()),
                new StoredPost(calm.withAnalysis(new Analysis("fr", Sentiment.POSITIVE, 0.9, Intent.PRAISE, List.of(), false, 0.1)),
                        List.of()),
                new StoredPost(said("c:3", Network.MASTODON, "3", "@c", 0, "ancien", Sentiment.NEUTRAL, Intent.OTHER,
                        "2026-03-02T11:00:00Z", null, 0), List.of()));
        assertThat(index.search(PostQuery.of(QueryParser.parse("complaint:yes"))).posts())
                .extracting(p -> p.post().id()).containsExactly("c:1");
        assertThat(index.search(PostQuery.of(QueryParser.parse("complaint:false"))).posts())
                .extracting(p -> p.post().id()).as("posts never assessed are neither").containsExactly("c:2");
        assertThat(index.get("c:1").orElseThrow().post().analysis().complaint()).isEqualTo(0.82);
        assertThat(index.get("c:3").orElseThrow().post().analysis().complaint()).isNull();
    }

    @Test
    void anEvenSampleTakesEveryKthMatchAndAllOfThemWhenFewer() {
        List<StoredPost> posts = new ArrayList<>();
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        for (int i = 0; i < 100; i++) {
            String topic = i % 2 == 0 ? "even" : "odd";
            posts.add(new StoredPost(said("s:" + i, Network.MASTODON, "a" + i, "@a" + i, 0, "post " + i, Sentiment.NEUTRAL, Intent.OTHER,
                    start.plusSeconds(3600L * 24 * (i / 10)).toString(), null, 0), List.of(topic)));
        }
        store(posts.toArray(StoredPost[]::new));
        List<StoredPost> sample = index.sample(PostQuery.all().withTopic("even"), 10);
        assertThat(sample).hasSize(10).allSatisfy(p -> assertThat(p.topics()).containsExactly("even"));
        assertThat(sample.stream().map(p -> p.post().id()).distinct()).hasSize(10);
        assertThat(index.sample(PostQuery.all().withTopic("odd"), 500)).as("fewer than asked: all").hasSize(50);
        assertThat(index.sample(PostQuery.all().withTopic("none"), 10)).isEmpty();
    }

    @Test
    void severalSelectionsShareOneRowPerAuthorSoPeriodsCompareWithoutKeys() {
        storeConversation();
        PostQuery firstWeek = new PostQuery(null, null, Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z"),
                null, 20, null);
        PostQuery secondWeek = new PostQuery(null, null, Instant.parse("2026-03-09T00:00:00Z"), Instant.parse("2026-03-16T00:00:00Z"),
                null, 20, null);
        java.util.Map<String, long[]> postsByKey = index.authors(List.of(firstWeek, secondWeek), table -> {
            java.util.Map<String, long[]> byKey = new java.util.TreeMap<>();
            for (int row = 0; row < table.rows(); row++) {
                byKey.put(table.key(row), new long[] {table.posts(0, row), table.posts(1, row)});
            }
            return byKey;
        });
        assertThat(postsByKey).containsOnlyKeys("mastodon:1", "mastodon:2", "x:9");
        assertThat(postsByKey.get("mastodon:1")).as("marie posted in both weeks, on one row").containsExactly(1, 1);
        assertThat(postsByKey.get("mastodon:2")).as("paul only in the first").containsExactly(1, 0);
        List<String> keyOrder = index.authors(List.of(PostQuery.all()), table -> {
            List<Integer> rows = new java.util.ArrayList<>();
            for (int row = 0; row < table.rows(); row++) {
                rows.add(row);
            }
            rows.sort(table::compareKeys);
            return rows.stream().map(table::key).toList();
        });
        assertThat(keyOrder).as("rows order as their keys").containsExactly("mastodon:1", "mastodon:2", "x:9");
        AuthorActivity marieInSecondWeek = index.authors(List.of(firstWeek, secondWeek), table -> {
            for (int row = 0; row < table.rows(); row++) {
                if (table.key(row).equals("mastodon:1")) {
                    return table.activity(1, row);
                }
            }
            return null;
        });
        assertThat(marieInSecondWeek.latestPostId()).as("the latest post of the selection asked").isEqualTo("m:3");
        assertThat(marieInSecondWeek.followers()).isEqualTo(120);
    }
}
