package org.comptoir.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.comptoir.connector.Fetch;
import org.comptoir.ingest.PostFileReader;
import org.comptoir.ingest.QuarantineRepository;
import org.comptoir.ingest.RecordSink;
import org.comptoir.ingest.Rejection;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.pipeline.Pipelines;
import org.comptoir.post.Post;

/**
 * Makes what a source brought durable, the way an import does: each payload is read by ingest's format reader,
 * bad records are quarantined with the reason, posts go through the workspace's pipeline (dedup by id,
 * enrichment, topics) and are committed before {@link #take} returns. Only then may the cursor move.
 */
final class SourceIntake {
    private final Pipelines pipelines;
    private final QuarantineRepository quarantine;
    private final Clock clock;

    SourceIntake(Pipelines pipelines, QuarantineRepository quarantine, Clock clock) {
        this.pipelines = pipelines;
        this.quarantine = quarantine;
        this.clock = clock;
    }

    /** Posts newly stored, posts already stored (duplicates), records quarantined. */
    record Result(int stored, int duplicates, int quarantined) {
    }

    Result take(Source source, List<Fetch.Payload> payloads) {
        List<Post> posts = new ArrayList<>();
        int[] quarantined = {0};
        RecordSink sink = new RecordSink() {
            @Override
            public void accept(Post post) {
                posts.add(post);
            }

            @Override
            public void reject(Rejection rejection) {
                quarantine.save(source.workspace(), rejection, clock.instant());
                quarantined[0]++;
            }
        };
        for (Fetch.Payload payload : payloads) {
            try {
                new PostFileReader().read(new ByteArrayInputStream(payload.bytes()), "source " + source.name() + ": " + payload.name(),
                        payload.format(), null, sink);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read what source " + source.name() + " fetched", e);
            }
        }
        if (posts.isEmpty()) {
            return new Result(0, 0, quarantined[0]);
        }
        Pipeline pipeline = pipelines.get(source.workspace());
        int stored = 0;
        int duplicates = 0;
        for (int from = 0; from < posts.size(); from += Pipeline.PREFERRED_BATCH) {
            Pipeline.Processed processed = pipeline.process(posts.subList(from, Math.min(posts.size(), from + Pipeline.PREFERRED_BATCH)));
            stored += processed.indexed();
            duplicates += processed.duplicates();
        }
        pipeline.commit();
        return new Result(stored, duplicates, quarantined[0]);
    }
}
