package org.comptoir.topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.Query;
import org.comptoir.post.Post;
import org.comptoir.query.QueryNode;
import org.comptoir.store.lucene.LuceneQueryTranslator;
import org.comptoir.store.lucene.PostAnalyzers;

/**
 * The reference the ingest benchmark compares {@link TopicMatcher} with: a plain, default-configured Lucene
 * {@link Monitor} (default presearcher, default simple matcher with its query cache) holding the same queries,
 * given what the matcher is given, so that only the matching differs: the same lean documents
 * ({@link MatchDocuments}: the indexed fields some topic reads, no stored fields nor raw payload), the same
 * batches, split into the same slices over the same number of threads.
 */
public final class MonitorBaseline implements AutoCloseable {
    /** As {@link TopicMatcher}: a batch is split into at most one slice per thread, of at least this many posts. */
    private static final int MIN_SLICE = 128;
    private final Monitor monitor;
    private final Set<String> queryFields = new HashSet<>();
    private final int threads;
    private final ExecutorService workers;

    public MonitorBaseline(Map<String, QueryNode> queries) {
        this(queries, 1);
    }

    public MonitorBaseline(Map<String, QueryNode> queries, int threads) {
        this.threads = Math.max(1, threads);
        try {
            monitor = new Monitor(PostAnalyzers.analyzer());
            List<MonitorQuery> monitorQueries = new ArrayList<>();
            queries.forEach((name, node) -> {
                Query query = LuceneQueryTranslator.toQuery(node);
                queryFields.addAll(MatchDocuments.fieldsOf(query));
                monitorQueries.add(new MonitorQuery(name, query));
            });
            monitor.register(monitorQueries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        workers = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, runnable -> {
            Thread thread = new Thread(runnable, "monitor-baseline");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Matches every post, one at a time, and returns the total number of (post, topic) matches. */
    public long matchAll(List<Post> posts) {
        return matchAll(posts, 1);
    }

    /** Matches every post in batches of {@code batchSize} and returns the total number of (post, topic) matches. */
    public long matchAll(List<Post> posts, int batchSize) {
        long matches = 0;
        for (int start = 0; start < posts.size(); start += batchSize) {
            List<Post> batch = posts.subList(start, Math.min(posts.size(), start + batchSize));
            if (workers == null) {
                matches += matchSlice(batch);
                continue;
            }
            int sliceSize = Math.max(MIN_SLICE, (batch.size() + threads - 1) / threads);
            List<Future<Long>> slices = new ArrayList<>();
            for (int from = 0; from < batch.size(); from += sliceSize) {
                List<Post> slice = batch.subList(from, Math.min(batch.size(), from + sliceSize));
                slices.add(workers.submit(() -> matchSlice(slice)));
            }
            for (Future<Long> slice : slices) {
                try {
                    matches += slice.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while matching", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("matching failed: " + e.getCause(), e.getCause());
                }
            }
        }
        return matches;
    }

    private long matchSlice(List<Post> slice) {
        Document[] docs = new Document[slice.size()];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = MatchDocuments.of(slice.get(i), queryFields);
        }
        try {
            if (docs.length == 1) {
                return monitor.match(docs[0], QueryMatch.SIMPLE_MATCHER).getMatchCount();
            }
            MultiMatchingQueries<QueryMatch> found = monitor.match(docs, QueryMatch.SIMPLE_MATCHER);
            long matches = 0;
            for (int i = 0; i < docs.length; i++) {
                matches += found.getMatchCount(i);
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
        try {
            monitor.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
