package org.comptoir.ingest.format;

import org.comptoir.ingest.RecordSink;
import org.comptoir.ingest.Rejection;
import org.comptoir.post.Post;

/**
 * The single exit of every format reader: builds a post, and turns any {@link IllegalArgumentException}
 * raised while mapping (including {@link org.comptoir.ingest.InvalidRecordException}) into a
 * {@link Rejection} located at the record, so one bad record never stops an import.
 */
public final class RecordEmitter {

    /** Maps one record to a post, throwing {@link IllegalArgumentException} with the reason when it is malformed. */
    @FunctionalInterface
    public interface PostMapping {
        Post map();
    }

    private final String source;
    private final RecordSink sink;

    public RecordEmitter(String source, RecordSink sink) {
        this.source = source;
        this.sink = sink;
    }

    public void emit(Located where, PostMapping mapping) {
        Post post;
        try {
            post = mapping.map();
            Texts.checkLength(post.text(), "text");
        } catch (IllegalArgumentException e) {
            reject(where, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return;
        }
        sink.accept(post);
    }

    public void reject(Located where, String reason) {
        sink.reject(new Rejection(source, where.line(), where.offset(), reason, where.raw()));
    }
}
