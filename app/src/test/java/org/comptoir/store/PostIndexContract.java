package org.comptoir.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.testing.TestPosts.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
}
