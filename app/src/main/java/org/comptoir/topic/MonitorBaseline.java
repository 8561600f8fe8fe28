package org.comptoir.topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import org.comptoir.post.Post;
import org.comptoir.query.QueryNode;
import org.comptoir.store.lucene.LuceneQueryTranslator;
import org.comptoir.store.lucene.PostAnalyzers;
import org.comptoir.store.lucene.PostDocuments;

/**
 * The reference the ingest benchmark compares {@link TopicMatcher} with: a plain, default-configured
 * Lucene {@link Monitor} holding the same queries, on one thread, given the posts one at a time or in
 * batches (Monitor's own batch matching, with full post documents and its default matcher).
 */
public final class MonitorBaseline implements AutoCloseable {
    private final Monitor monitor;

    public MonitorBaseline(Map<String, QueryNode> queries) {
        try {
            monitor = new Monitor(PostAnalyzers.analyzer());
            List<MonitorQuery> monitorQueries = new ArrayList<>();
            queries.forEach((name, node) -> monitorQueries.add(new MonitorQuery(name, LuceneQueryTranslator.toQuery(node))));
            monitor.register(monitorQueries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Matches every post, one at a time, and returns the total number of (post, topic) matches. */
    public long matchAll(List<Post> posts) {
        return matchAll(posts, 1);
    }

    /** Matches every post in batches of {@code batchSize} and returns the total number of (post, topic) matches. */
    public long matchAll(List<Post> posts, int batchSize) {
        long matches = 0;
        try {
            for (int start = 0; start < posts.size(); start += batchSize) {
                List<Post> batch = posts.subList(start, Math.min(posts.size(), start + batchSize));
                Document[] docs = new Document[batch.size()];
                for (int i = 0; i < docs.length; i++) {
                    docs[i] = PostDocuments.toDocument(batch.get(i), List.of());
                }
                if (docs.length == 1) {
                    matches += monitor.match(docs[0], QueryMatch.SIMPLE_MATCHER).getMatchCount();
                } else {
                    MultiMatchingQueries<QueryMatch> found = monitor.match(docs, QueryMatch.SIMPLE_MATCHER);
                    for (int i = 0; i < docs.length; i++) {
                        matches += found.getMatchCount(i);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matches;
    }

    @Override
    public void close() {
        try {
            monitor.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
