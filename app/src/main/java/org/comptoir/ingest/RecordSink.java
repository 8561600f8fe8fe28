package org.comptoir.ingest;

import org.comptoir.post.Post;

/**
 * Receives what a {@link PostFileReader} read, in file order: every record ends up either accepted
 * as a {@link Post} or rejected with a {@link Rejection}. Records that are not posts by nature
 * (a Jetstream identity event, an X page's {@code errors}) are skipped and reach neither method.
 */
public interface RecordSink {
    void accept(Post post);

    void reject(Rejection rejection);
}
