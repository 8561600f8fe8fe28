package org.comptoir.topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.comptoir.post.Post;
import org.comptoir.query.QueryNode;
import org.comptoir.store.lucene.LuceneQueryTranslator;
import org.comptoir.store.lucene.PostAnalyzers;
import org.comptoir.store.lucene.PostDocuments;

/**
 * The reference the ingest benchmark compares {@link TopicMatcher} with: a plain, default-configured
 * Lucene {@link Monitor} holding the same queries and matching one post at a time on one thread.
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

    /** Matches every post and returns the total number of (post, topic) matches. */
    public long matchAll(List<Post> posts) {
        long matches = 0;
        try {
            for (Post post : posts) {
                Document doc = PostDocuments.toDocument(post, List.of());
                matches += monitor.match(doc, QueryMatch.SIMPLE_MATCHER).getMatchCount();
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
