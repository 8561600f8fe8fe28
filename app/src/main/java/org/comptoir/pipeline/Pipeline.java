package org.comptoir.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.comptoir.enrich.Enricher;
import org.comptoir.post.Post;
import org.comptoir.query.QueryNode;
import org.comptoir.store.PostIndex;
import org.comptoir.store.PostQuery;
import org.comptoir.store.StoredPost;
import org.comptoir.topic.TopicMatcher;

/**
 * One workspace's processing: de-duplicate, enrich, match topics, index. {@link #process} is the
 * whole pipeline as one function; callers make its result durable with {@link #commit()}.
 * Several batches may be processed at once (each post id is reserved by one batch only); a topic
 * change or a correction waits for them and holds new ones back, so a backfill never races an ingest batch.
 */
public final class Pipeline implements AutoCloseable {
    /**
     * The batch size callers should give {@link #process}. Topic matching pays a fixed cost per batch and
     * per topic (Monitor runs each candidate query once over the batch), so larger batches match faster;
     * see docs/benchmarks.md and ADR 0005.
     */
    public static final int PREFERRED_BATCH = 4_000;
    private final PostIndex index;
    private final TopicMatcher matcher;
    private final Enricher enricher;
    private final ReentrantReadWriteLock topicLock = new ReentrantReadWriteLock();
    private final Set<String> inFlightIds = ConcurrentHashMap.newKeySet();
    private final Object reservations = new Object();
    private final Consumer<List<StoredPost>> onIndexed;
    private final List<StoredPost> uncommitted = new ArrayList<>();
    /** Commits run one at a time, so posts are announced in the order they became durable. */
    private final Object commitOrder = new Object();

    public Pipeline(PostIndex index, TopicMatcher matcher, Enricher enricher) {
        this(index, matcher, enricher, indexed -> { });
    }

    /** {@code onIndexed} receives, after each commit, the new posts that commit made durable. */
    public Pipeline(PostIndex index, TopicMatcher matcher, Enricher enricher, Consumer<List<StoredPost>> onIndexed) {
        this.index = index;
        this.matcher = matcher;
        this.enricher = enricher;
        this.onIndexed = onIndexed;
    }

    /** Result of one batch: posts newly indexed and posts skipped because their id was already stored. */
    public record Processed(int indexed, int duplicates) {
    }

    public Processed process(List<Post> batch) {
        Map<String, Post> unique = new LinkedHashMap<>();
        for (Post post : batch) {
            unique.putIfAbsent(post.id(), post);
        }
        topicLock.readLock().lock();
        List<Post> fresh = List.of();
        try {
            fresh = reserve(unique);
            List<Post> enriched = enricher.enrichAll(fresh);
            List<Set<String>> topics = matcher.match(enriched);
            List<StoredPost> stored = new ArrayList<>(enriched.size());
            for (int i = 0; i < enriched.size(); i++) {
                stored.add(new StoredPost(enriched.get(i), List.copyOf(topics.get(i))));
            }
            index.insert(stored);
            synchronized (uncommitted) {
                uncommitted.addAll(stored);
            }
            return new Processed(stored.size(), batch.size() - stored.size());
        } finally {
            fresh.forEach(post -> inFlightIds.remove(post.id()));
            topicLock.readLock().unlock();
        }
    }

    /** The batch's posts that are neither stored nor reserved by another batch in flight, now reserved. */
    private List<Post> reserve(Map<String, Post> unique) {
        synchronized (reservations) {
            Set<String> existing = index.existingIds(unique.keySet());
            return unique.values().stream()
                    .filter(post -> !existing.contains(post.id()) && inFlightIds.add(post.id()))
                    .toList();
        }
    }

    /** Makes every processed post durable, then hands the newly durable ones to the listener. */
    public void commit() {
        synchronized (commitOrder) {
            List<StoredPost> durable;
            // Posts listed here were written to the index before this commit starts, so it covers them;
            // posts processed while it runs wait for the next one. Processing goes on during the commit.
            synchronized (uncommitted) {
                durable = List.copyOf(uncommitted);
                uncommitted.clear();
            }
            index.commit();
            if (!durable.isEmpty()) {
                onIndexed.accept(durable);
            }
        }
    }

    /** Registers or replaces a topic and re-tags every stored post: adds it where it matches, removes it elsewhere. */
    public int applyTopic(String name, QueryNode query) {
        topicLock.writeLock().lock();
        try {
            untag(name);
            matcher.register(Map.of(name, query));
            List<StoredPost> retagged = new ArrayList<>();
            index.forEach(PostQuery.of(query), stored -> retagged.add(withTopic(stored, name, true)));
            index.upsert(retagged);
            index.commit();
            return retagged.size();
        } finally {
            topicLock.writeLock().unlock();
        }
    }

    public void removeTopic(String name) {
        topicLock.writeLock().lock();
        try {
            matcher.remove(name);
            untag(name);
            index.commit();
        } finally {
            topicLock.writeLock().unlock();
        }
    }

    /** Replaces a stored post by {@code change(post)} and commits; empty when no post has that id. */
    public Optional<Post> update(String id, UnaryOperator<Post> change) {
        topicLock.writeLock().lock();
        try {
            Optional<StoredPost> changed = index.get(id)
                    .map(found -> new StoredPost(change.apply(found.post()), found.topics()));
            changed.ifPresent(post -> {
                index.upsert(List.of(post));
                index.commit();
            });
            return changed.map(StoredPost::post);
        } finally {
            topicLock.writeLock().unlock();
        }
    }

    /** Registers topics at start-up without re-tagging (stored posts already carry them). */
    public void registerTopics(Map<String, QueryNode> topics) {
        matcher.register(topics);
    }

    public PostIndex index() {
        return index;
    }

    public TopicMatcher matcher() {
        return matcher;
    }

    private void untag(String name) {
        List<StoredPost> untagged = new ArrayList<>();
        index.forEach(PostQuery.all().withTopic(name), stored -> untagged.add(withTopic(stored, name, false)));
        index.upsert(untagged);
    }

    private static StoredPost withTopic(StoredPost stored, String name, boolean present) {
        List<String> topics = new ArrayList<>(stored.topics());
        topics.remove(name);
        if (present) {
            topics.add(name);
            topics.sort(null);
        }
        return new StoredPost(stored.post(), topics);
    }

    @Override
    public void close() {
        matcher.close();
        index.close();
    }
}
