package org.comptoir.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.pipeline.Pipelines;
import org.comptoir.post.Post;

/**
 * Imports posts from files or streams into a workspace: reads records in any supported format,
 * quarantines the bad ones, runs the good ones through the pipeline in batches and commits.
 * A post is counted as imported only after the commit that made it durable.
 */
public final class Importer {
    static final int BATCH = 1_000;
    static final int BATCHES_PER_COMMIT = 5;
    private static final int SNIFF_BYTES = 64 * 1024;

    private final Pipelines pipelines;
    private final QuarantineRepository quarantine;
    private final Clock clock;

    public Importer(Pipelines pipelines, QuarantineRepository quarantine, Clock clock) {
        this.pipelines = pipelines;
        this.quarantine = quarantine;
        this.clock = clock;
    }

    /** Thrown when a file cannot be imported at all (missing, unreadable, unknown format). */
    public static final class ImportFailure extends Exception {
        public ImportFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public ImportSummary importFile(String workspace, Path file, ImportFormat format, ImportOptions options,
                                    Consumer<ImportSummary> progress) throws ImportFailure {
        if (!Files.isRegularFile(file)) {
            throw new ImportFailure("cannot import " + file + ": no such file", new NoSuchFileException(file.toString()));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return importStream(workspace, in, file.getFileName().toString(), format, options, progress);
        } catch (IOException e) {
            throw new ImportFailure("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public ImportSummary importStream(String workspace, InputStream input, String sourceName, ImportFormat format,
                                      ImportOptions options, Consumer<ImportSummary> progress) throws ImportFailure {
        BufferedInputStream in = new BufferedInputStream(input, SNIFF_BYTES);
        try {
            ImportFormat chosen = format != null ? format : detect(in, sourceName);
            Batcher batcher = new Batcher(workspace, progress);
            new PostFileReader().read(in, sourceName, chosen, options == null ? ImportOptions.defaults() : options, batcher);
            return batcher.finish();
        } catch (IOException e) {
            throw new ImportFailure("cannot read " + sourceName + ": " + e.getMessage(), e);
        }
    }

    private static ImportFormat detect(BufferedInputStream in, String sourceName) throws IOException, ImportFailure {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        try {
            return PostFileReader.detect(head, sourceName);
        } catch (UnknownFormatException e) {
            throw new ImportFailure("cannot import " + sourceName + ": " + e.getMessage()
                    + " (use --format jsonl|csv|x|mastodon|jetstream|rss)", e);
        }
    }

    /** Collects records into batches, sends them through the pipeline and commits regularly. */
    private final class Batcher implements RecordSink {
        private final String workspace;
        private final Pipeline pipeline;
        private final Consumer<ImportSummary> progress;
        private final List<Post> batch = new ArrayList<>(BATCH);
        private long imported;
        private long duplicates;
        private long quarantined;
        private int uncommittedBatches;

        Batcher(String workspace, Consumer<ImportSummary> progress) {
            this.workspace = workspace;
            this.pipeline = pipelines.get(workspace);
            this.progress = progress;
        }

        @Override
        public void accept(Post post) {
            batch.add(post);
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        @Override
        public void reject(Rejection rejection) {
            quarantine.save(workspace, rejection, clock.instant());
            quarantined++;
        }

        private long pendingImported;
        private long pendingDuplicates;

        private void flush() {
            if (!batch.isEmpty()) {
                Pipeline.Processed processed = pipeline.process(List.copyOf(batch));
                batch.clear();
                pendingImported += processed.indexed();
                pendingDuplicates += processed.duplicates();
                uncommittedBatches++;
            }
            if (uncommittedBatches >= BATCHES_PER_COMMIT) {
                commit();
            }
        }

        private void commit() {
            pipeline.commit();
            uncommittedBatches = 0;
            imported += pendingImported;
            duplicates += pendingDuplicates;
            pendingImported = 0;
            pendingDuplicates = 0;
            if (progress != null) {
                progress.accept(new ImportSummary(imported, duplicates, quarantined));
            }
        }

        ImportSummary finish() {
            flush();
            commit();
            return new ImportSummary(imported, duplicates, quarantined);
        }
    }
}
