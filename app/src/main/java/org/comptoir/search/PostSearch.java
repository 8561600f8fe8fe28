package org.comptoir.search;

import java.time.Instant;
import org.comptoir.pipeline.Pipelines;
import org.comptoir.query.QueryNode;
import org.comptoir.query.QueryParser;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.store.PostQuery;
import org.comptoir.store.SearchPage;
import org.comptoir.topic.TopicCatalog;

/** Searching a workspace's posts with the query dialect, the same for the CLI, the API and the web page. */
public final class PostSearch {
    private final Pipelines pipelines;
    private final TopicCatalog topics;

    public PostSearch(Pipelines pipelines, TopicCatalog topics) {
        this.pipelines = pipelines;
        this.topics = topics;
    }

    /** A search as users state it; blank or {@code *} query means all posts; {@code network} null for any. */
    public record Request(String query, String topic, Instant from, Instant to, String lang, int limit, String cursor,
                          String network) {
        public Request(String query, String topic, Instant from, Instant to, String lang, int limit, String cursor) {
            this(query, topic, from, to, lang, limit, cursor, null);
        }
    }

    public SearchPage search(String workspace, Request request) throws QuerySyntaxException {
        return pipelines.get(workspace).index().search(toPostQuery(workspace, request));
    }

    /** The workspace's topics, for the search filters. */
    public java.util.List<org.comptoir.topic.Topic> topics(String workspace) {
        return topics.list(workspace);
    }

    /**
     * Writes every matching post to {@code out} (CSV with its header, or JSON lines), one at a time: constant memory
     * whatever the number of posts. The query is checked first, so a bad one fails before anything is written.
     */
    public void export(String workspace, Request request, ExportFormat format, java.io.Writer out)
            throws QuerySyntaxException, java.io.IOException {
        PostQuery query = toPostQuery(workspace, request);
        if (format == ExportFormat.CSV) {
            out.write(PostCsv.HEADER);
        }
        try {
            pipelines.get(workspace).index().forEach(query, stored -> {
                try {
                    out.write(format == ExportFormat.CSV ? PostCsv.row(stored)
                            : org.comptoir.ingest.NativeJson.write(stored.post(), stored.topics()) + "\n");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    public long count(String workspace, Request request) throws QuerySyntaxException {
        return pipelines.get(workspace).index().count(toPostQuery(workspace, request));
    }

    PostQuery toPostQuery(String workspace, Request request) throws QuerySyntaxException {
        String text = request.query() == null ? "" : request.query().strip();
        QueryNode node = text.isEmpty() || text.equals("*") ? null : QueryParser.parse(text);
        String topic = blankToNull(request.topic());
        if (topic != null && topics.find(workspace, topic).isEmpty()) {
            throw new IllegalArgumentException("unknown topic '" + topic + "' in workspace '" + workspace + "'");
        }
        String lang = blankToNull(request.lang());
        return new PostQuery(node, topic, request.from(), request.to(), lang, request.limit(), blankToNull(request.cursor()),
                blankToNull(request.network()) == null ? null : org.comptoir.post.Network.of(request.network()).name());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
