package org.comptoir.topic;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
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
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.comptoir.post.Post;
import org.comptoir.store.lucene.LanguagePruning;
import org.comptoir.store.lucene.PostFields;
import org.comptoir.query.QueryNode;
import org.comptoir.store.lucene.LuceneQueryTranslator;
import org.comptoir.store.lucene.PostAnalyzers;
import org.comptoir.store.lucene.PostDocuments;

/**
 * Matches posts against a workspace's topics at ingest: Lucene Monitor, which indexes the topics' queries
 * and, for each batch of posts, runs only the queries whose terms occur. There is one Monitor per language
 * key: a post is indexed in its own language's text field only, so each topic is registered in each
 * language's Monitor with the clauses that read other languages' fields left out ({@link LanguagePruning}),
 * and a batch is split by language. Same matches as one Monitor with the full queries, fewer clauses to run.
 * Each language's part of a batch is split across the cores and matched with Monitor's batch matching.
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
    private final Map<String, LanguageMonitor> monitors = new TreeMap<>();
    private final ExecutorService workers;
    private final int parallelism;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    /** One language's Monitor and the fields its queries read (the only ones worth indexing per batch). */
    private record LanguageMonitor(Monitor monitor, Set<String> queryFields) {
    }

    public TopicMatcher(int parallelism) {
        try {
            for (String key : LanguagePruning.keys()) {
                monitors.put(key, new LanguageMonitor(new Monitor(PostAnalyzers.analyzer()), ConcurrentHashMap.newKeySet()));
            }
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
        Map<String, Query> full = new LinkedHashMap<>();
        queriesByTopic.forEach((name, node) -> full.put(name, LuceneQueryTranslator.toQuery(node)));
        try {
            for (Map.Entry<String, LanguageMonitor> language : monitors.entrySet()) {
                List<MonitorQuery> queries = new ArrayList<>(full.size());
                List<String> impossible = new ArrayList<>();
                full.forEach((name, query) -> {
                    Query pruned = LanguagePruning.forPostsIn(query, language.getKey());
                    if (pruned instanceof MatchNoDocsQuery) {
                        impossible.add(name);
                    } else {
                        language.getValue().queryFields().addAll(MatchDocuments.fieldsOf(pruned));
                        queries.add(new MonitorQuery(name, pruned));
                    }
                });
                Monitor monitor = language.getValue().monitor();
                monitor.register(queries);
                if (!impossible.isEmpty()) {
                    // a replaced topic that can no longer match this language must not keep its old query
                    monitor.deleteById(impossible);
                }
            }
            registered.addAll(queriesByTopic.keySet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(String topicName) {
        try {
            for (LanguageMonitor language : monitors.values()) {
                language.monitor().deleteById(topicName);
            }
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
        List<Set<String>> result = new ArrayList<>(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            result.add(new TreeSet<>());
        }
        if (registered.isEmpty() || posts.isEmpty()) {
            return result;
        }
        Map<String, List<Integer>> byLanguage = new TreeMap<>();
        for (int i = 0; i < posts.size(); i++) {
            byLanguage.computeIfAbsent(languageKey(posts.get(i)), key -> new ArrayList<>()).add(i);
        }
        int sliceSize = Math.max(MIN_SLICE, (posts.size() + parallelism - 1) / parallelism);
        List<Future<?>> slices = new ArrayList<>();
        byLanguage.forEach((key, positions) -> {
            LanguageMonitor language = monitors.get(key);
            for (int start = 0; start < positions.size(); start += sliceSize) {
                List<Integer> part = positions.subList(start, Math.min(positions.size(), start + sliceSize));
                slices.add(workers.submit(() -> matchSlice(language, posts, part, result)));
            }
        });
        for (Future<?> slice : slices) {
            try {
                slice.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while matching topics", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("topic matching failed: " + e.getCause(), e.getCause());
            }
        }
        return result;
    }

    private static String languageKey(Post post) {
        return PostFields.languageKey(post.effectiveLang());
    }

    /** Why a post matched a topic: the matched terms per field, empty when it does not match. */
    public Map<String, Set<String>> highlights(Post post, String topicName) {
        try {
            Monitor monitor = monitors.get(languageKey(post)).monitor();
            MatchingQueries<HighlightsMatch> matches = monitor.match(PostDocuments.toDocument(post, List.of()), HighlightsMatch.MATCHER);
            HighlightsMatch match = matches.matches(topicName);
            if (match == null) {
                return Map.of();
            }
            Map<String, Set<String>> fields = new TreeMap<>();
            match.getHits().forEach((field, hits) -> fields.put(field, new TreeSet<>(hits.stream().map(Object::toString).toList())));
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Matches the posts at {@code positions} and writes their topic names into {@code result} (distinct slots per slice). */
    private static Void matchSlice(LanguageMonitor language, List<Post> posts, List<Integer> positions, List<Set<String>> result)
            throws IOException {
        Document[] docs = new Document[positions.size()];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = MatchDocuments.of(posts.get(positions.get(i)), language.queryFields());
        }
        MultiMatchingQueries<QueryMatch> matches = language.monitor().match(docs, UNCACHED_SIMPLE_MATCHER);
        for (int i = 0; i < docs.length; i++) {
            Collection<QueryMatch> hits = matches.getMatches(i);
            if (hits != null) {
                Set<String> names = result.get(positions.get(i));
                hits.forEach(hit -> names.add(hit.getQueryId()));
            }
        }
        return null;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        for (LanguageMonitor language : monitors.values()) {
            try {
                language.monitor().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
