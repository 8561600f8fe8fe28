package org.comptoir.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.io.Closeable;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where a workspace's posts are kept and searched. One instance per workspace. Implementations:
 * {@code LucenePostIndex} (embedded default); OpenSearch later. Both pass {@code PostIndexContract}.
 *
 * <p>Writes are visible to {@link #search} at once (near-real-time) and durable after
 * {@link #commit()}: a post is only reported as imported once a commit covering it returned.
 */
public interface PostIndex extends Closeable {

    /** The ids among {@code ids} that are already stored (de-duplication). */
    Set<String> existingIds(Collection<String> ids);

    /** Adds the posts, replacing any stored post with the same id. */
    void upsert(Collection<StoredPost> posts);

    /**
     * Adds posts whose ids are not stored yet (the caller checked with {@link #existingIds} and keeps
     * other writers of those ids away): cheaper than {@link #upsert}, which must look for a post to replace.
     */
    void insert(Collection<StoredPost> posts);

    /** Removes the posts with these ids (absent ids are ignored); visible to {@link #search} at once, durable after {@link #commit()}. */
    void delete(Collection<String> ids);

    /** Makes every write so far durable; survives a crash of the process right after it returns. */
    void commit();

    SearchPage search(PostQuery query);

    long count(PostQuery query);

    Optional<StoredPost> get(String id);

    /** Calls {@code action} for every post matching the query, in no particular order, ignoring its limit and cursor. */
    void forEach(PostQuery query, Consumer<StoredPost> action);

    /**
     * Posts of the selection per time bucket, by sentiment: bucket {@code i} holds the posts with
     * {@code boundaries[i] <= created_at < boundaries[i + 1]} ({@code boundaries.size() - 1} buckets).
     */
    List<SentimentCounts> histogram(PostQuery query, List<Instant> boundaries);

    /**
     * An even sample of the selection: at most {@code n} posts, every k-th match in index order (all of them
     * when fewer match), so each matching post is equally likely to be in it and a busy day weighs what it weighs.
     */
    List<StoredPost> sample(PostQuery query, int n);

    /** Posts of the selection per value of {@code facet}, by sentiment; posts without a value are left out. */
    Map<String, SentimentCounts> countBy(PostQuery query, Facet facet);

    /**
     * What each author did in each of the {@code selections} (rows aligned across them, see {@link AuthorTable}),
     * handed to {@code reduce} while the index holds one consistent view: {@code reduce} ranks on the columns and
     * resolves the names of the rows it keeps; the table must not escape it.
     */
    <R> R authors(List<PostQuery> selections, java.util.function.Function<AuthorTable, R> reduce);

    /** Every author of the selection with its names (costly on large selections; analytics use the columns). */
    default List<AuthorActivity> authors(PostQuery query) {
        return authors(List.of(query), table -> table.activities(0));
    }

    @Override
    void close();
}
