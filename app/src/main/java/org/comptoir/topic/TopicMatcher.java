package org.comptoir.topic;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatcherFactory;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.Query;
import org.comptoir.post.Post;
import org.comptoir.query.QueryNode;
import org.comptoir.store.lucene.LuceneQueryTranslator;
import org.comptoir.store.lucene.PostAnalyzers;
import org.comptoir.store.lucene.PostDocuments;

/**
 * Matches posts against a workspace's topics at ingest: a thin wrapper over Lucene Monitor, which
 * indexes the topics' queries and, for each batch of posts, runs only the queries whose terms occur.
 * Batches are split across the cores; each slice is matched with Monitor's batch matching.
 */
public final class TopicMatcher implements Closeable {
    /** Monitor's batch matching pays per batch (it builds a small index): few large slices beat many small ones. */
    private static final int MIN_SLICE = 128;
    /**
     * Monitor's simple matcher on a batch searcher without query cache: each batch has its own
     * searcher over a small index, so the cache never pays off, yet it hashes every query run.
     */
    private static final MatcherFactory<QueryMatch> UNCACHED_SIMPLE_MATCHER = searcher -> {
        searcher.setQueryCache(null);
        return QueryMatch.SIMPLE_MATCHER.createMatcher(searcher);
    };
    private final Monitor monitor;
    private final ExecutorService workers;
    private final int parallelism;
    private final Set<String> registered = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Fields any registered query reads: the only ones worth indexing in Monitor's per-batch index. */
    private final Set<String> queryFields = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public TopicMatcher(int parallelism) {
        try {
            this.monitor = new Monitor(PostAnalyzers.analyzer());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.parallelism = Math.max(1, parallelism);
        this.workers = Executors.newFixedThreadPool(this.parallelism, runnable -> {
            Thread thread = new Thread(runnable, "topic-matcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Adds or replaces topics; their queries must already be valid. */
    public void register(Map<String, QueryNode> queriesByTopic) {
        List<MonitorQuery> queries = new ArrayList<>(queriesByTopic.size());
        queriesByTopic.forEach((name, node) -> {
            Query query = LuceneQueryTranslator.toQuery(node);
            queryFields.addAll(MatchDocuments.fieldsOf(query));
            queries.add(new MonitorQuery(name, query));
        });
        try {
            monitor.register(queries);
            registered.addAll(queriesByTopic.keySet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(String topicName) {
        try {
            monitor.deleteById(topicName);
            registered.remove(topicName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int topicCount() {
        return registered.size();
    }

    /** For each post, in order, the names of the topics it matches (sorted). */
    public List<Set<String>> match(List<Post> posts) {
        if (registered.isEmpty() || posts.isEmpty()) {
            return posts.stream().map(p -> (Set<String>) new TreeSet<String>()).toList();
        }
        List<Future<List<Set<String>>>> slices = new ArrayList<>();
        int sliceSize = Math.max(MIN_SLICE, (posts.size() + parallelism - 1) / parallelism);
        for (int start = 0; start < posts.size(); start += sliceSize) {
            List<Post> part = posts.subList(start, Math.min(posts.size(), start + sliceSize));
            slices.add(workers.submit(() -> matchSlice(part)));
        }
        List<Set<String>> result = new ArrayList<>(posts.size());
        for (Future<List<Set<String>>> slice : slices) {
            try {
                result.addAll(slice.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while matching topics", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("topic matching failed: " + e.getCause(), e.getCause());
            }
        }
        return result;
    }

    /** Why a post matched a topic: the matched terms per field, empty when it does not match. */
    public Map<String, Set<String>> highlights(Post post, String topicName) {
        try {
            MatchingQueries<HighlightsMatch> matches = monitor.match(PostDocuments.toDocument(post, List.of()), HighlightsMatch.MATCHER);
            HighlightsMatch match = matches.matches(topicName);
            if (match == null) {
                return Map.of();
            }
            Map<String, Set<String>> fields = new java.util.TreeMap<>();
            match.getHits().forEach((field, hits) -> fields.put(field, new TreeSet<>(hits.stream().map(Object::toString).toList())));
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Set<String>> matchSlice(List<Post> slice) throws IOException {
        Document[] docs = new Document[slice.size()];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = MatchDocuments.of(slice.get(i), queryFields);
        }
        MultiMatchingQueries<QueryMatch> matches = monitor.match(docs, UNCACHED_SIMPLE_MATCHER);
        List<Set<String>> result = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Set<String> names = new TreeSet<>();
            Collection<QueryMatch> hits = matches.getMatches(i);
            if (hits != null) {
                hits.forEach(hit -> names.add(hit.getQueryId()));
            }
            result.add(names);
        }
        return result;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            monitor.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
