package org.comptoir.topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.comptoir.post.Post;
import org.comptoir.query.QueryNode;
import org.comptoir.store.lucene.LuceneQueryTranslator;
import org.comptoir.store.lucene.PostAnalyzers;
import org.comptoir.store.lucene.PostDocuments;
import org.comptoir.store.lucene.PostFields;

/**
 * Where a query (a draft topic, not registered anywhere) matched a post: the words of its text and
 * title, as offsets. Uses a Monitor holding only that query, the same matching as at ingest.
 */
final class DraftHighlighter implements AutoCloseable {
    private static final String DRAFT = "draft";
    private final Monitor monitor;

    DraftHighlighter(QueryNode query) {
        try {
            monitor = new Monitor(PostAnalyzers.analyzer());
            monitor.register(new MonitorQuery(DRAFT, LuceneQueryTranslator.toQuery(query)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Matched ranges of a post's text and title (title ranges relative to the title). */
    record Matched(List<TextSegments.Span> text, List<TextSegments.Span> title) {
    }

    Matched of(Post post) {
        List<TextSegments.Span> text = new ArrayList<>();
        List<TextSegments.Span> title = new ArrayList<>();
        try {
            HighlightsMatch match = monitor.match(PostDocuments.toDocument(post, List.of()), HighlightsMatch.MATCHER)
                    .matches(DRAFT);
            if (match == null) {
                return new Matched(text, title);
            }
            int textLength = post.text() == null ? 0 : post.text().length();
            match.getHits().forEach((field, hits) -> add(field, hits, textLength, text, title));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Matched(text, title);
    }

    /**
     * Text fields hold the text, then the title as a second value: offsets past the text (and the
     * one-character gap between values) belong to the title.
     */
    private static void add(String field, Set<HighlightsMatch.Hit> hits, int textLength,
                            List<TextSegments.Span> text, List<TextSegments.Span> title) {
        boolean titleField = field.startsWith(PostFields.TITLE + "_");
        boolean textField = field.startsWith(PostFields.TEXT + "_");
        for (HighlightsMatch.Hit hit : hits) {
            if (hit.startOffset < 0 || hit.endOffset <= hit.startOffset) {
                continue;
            }
            if (titleField) {
                title.add(new TextSegments.Span(hit.startOffset, hit.endOffset));
            } else if (textField && hit.endOffset <= textLength) {
                text.add(new TextSegments.Span(hit.startOffset, hit.endOffset));
            } else if (textField && hit.startOffset > textLength) {
                title.add(new TextSegments.Span(hit.startOffset - textLength - 1, hit.endOffset - textLength - 1));
            }
        }
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
