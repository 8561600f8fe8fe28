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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.comptoir.events.Events;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.pipeline.Pipelines;
import org.comptoir.post.Post;

/**
 * Imports posts from files or streams into a workspace: reads records in any supported format,
 * quarantines the bad ones, runs the good ones through the pipeline in batches and commits.
 * A post is counted as imported only after the commit that made it durable.
 */
public final class Importer {
    static final int BATCH = Pipeline.PREFERRED_BATCH;
    /**
     * A commit every 16,000 posts, about 3 s of a steady import: each commit flushes new segments, and
     * fewer, larger segments cost less to write and merge (measured in docs/benchmarks.md).
     */
    static final int BATCHES_PER_COMMIT = 4;
    private static final int SNIFF_BYTES = 64 * 1024;

    private final Pipelines pipelines;
    private final QuarantineRepository quarantine;
    private final Events events;
    private final Clock clock;

    public Importer(Pipelines pipelines, QuarantineRepository quarantine, Events events, Clock clock) {
        this.pipelines = pipelines;
        this.quarantine = quarantine;
        this.events = events;
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
        return importStream(workspace, input, sourceName, format, options, progress, null);
    }

    /**
     * Imports a stream for an import-page job: the job hears every record read and the counts after each commit,
     * and the records this import quarantines are tagged with its id, so they can be listed as that import's.
     */
    ImportSummary importStream(InputStream input, ImportOptions options, ImportJob job) throws ImportFailure {
        return importStream(job.workspace(), input, job.source(), job.format(), options, job::committed, job);
    }

    private ImportSummary importStream(String workspace, InputStream input, String sourceName, ImportFormat format,
                                       ImportOptions options, Consumer<ImportSummary> progress, ImportJob job)
            throws ImportFailure {
        BufferedInputStream in = new BufferedInputStream(input, SNIFF_BYTES);
        try {
            ImportFormat chosen = format != null ? format : detect(in, sourceName);
            Batcher batcher = new Batcher(workspace, progress, job);
            new PostFileReader().read(in, sourceName, chosen, options == null ? ImportOptions.defaults() : options, batcher);
            ImportSummary summary = batcher.finish();
            events.publish(new PostsImported(workspace, sourceName, summary.imported(), summary.duplicates(), summary.quarantined()));
            return summary;
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
                    + " (use --format " + String.join("|", java.util.Arrays.stream(ImportFormat.values()).map(ImportFormat::cliName).toList()) + ")", e);
        }
    }

    /**
     * Collects records into batches and hands them to two processing threads, so parsing, matching and
     * indexing of consecutive batches overlap (at most three batches in flight). Commits every few
     * batches; a batch is counted only by a commit that started after it was processed.
     */
    private final class Batcher implements RecordSink {
        private static final int THREADS = 2;
        private final String workspace;
        private final Pipeline pipeline;
        private final Consumer<ImportSummary> progress;
        private final ImportJob job;
        private final ExecutorService processors;
        private final Semaphore inFlight = new Semaphore(THREADS + 1);
        private final List<Future<?>> pending = new ArrayList<>();
        /** One thread, so commits run in order; their futures are awaited at the end. */
        private final ExecutorService committer;
        private final List<Future<?>> commits = new ArrayList<>();
        private final AtomicLong quarantined = new AtomicLong();
        private List<Post> batch = new ArrayList<>(BATCH);
        private long imported;
        private long duplicates;
        private long processedImported;
        private long processedDuplicates;
        private int uncommittedBatches;

        Batcher(String workspace, Consumer<ImportSummary> progress, ImportJob job) {
            this.workspace = workspace;
            this.job = job;
            this.pipeline = pipelines.get(workspace);
            this.progress = progress;
            this.processors = Executors.newFixedThreadPool(THREADS, runnable -> daemon(runnable, "import-" + workspace));
            this.committer = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "import-commit-" + workspace));
        }

        @Override
        public void accept(Post post) {
            if (job != null) {
                job.recordRead();
            }
            batch.add(post);
            if (batch.size() >= BATCH) {
                submit(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        @Override
        public void reject(Rejection rejection) {
            quarantine.save(workspace, rejection, clock.instant(), job == null ? null : job.id());
            if (job != null) {
                job.recordRead();
            }
            quarantined.incrementAndGet();
        }

        private void submit(List<Post> posts) {
            inFlight.acquireUninterruptibly();
            pending.removeIf(future -> future.isDone() && await(future));
            synchronized (this) {
                commits.removeIf(future -> future.isDone() && await(future));
            }
            pending.add(processors.submit(() -> {
                try {
                    processed(pipeline.process(posts));
                } finally {
                    inFlight.release();
                }
            }));
        }

        private synchronized void processed(Pipeline.Processed result) {
            processedImported += result.indexed();
            processedDuplicates += result.duplicates();
            uncommittedBatches++;
            if (uncommittedBatches >= BATCHES_PER_COMMIT) {
                commitInBackground();
            }
        }

        /**
         * Commits what is processed so far on the committer thread while the next batches are processed: the
         * counts taken here cover batches whose posts are already in the index, and are added to the totals only
         * once the commit has made them durable.
         */
        private synchronized void commitInBackground() {
            long newlyImported = processedImported;
            long newDuplicates = processedDuplicates;
            processedImported = 0;
            processedDuplicates = 0;
            uncommittedBatches = 0;
            commits.add(committer.submit(() -> committed(newlyImported, newDuplicates)));
        }

        private void committed(long newlyImported, long newDuplicates) {
            pipeline.commit();
            ImportSummary summary;
            synchronized (this) {
                imported += newlyImported;
                duplicates += newDuplicates;
                summary = new ImportSummary(imported, duplicates, quarantined.get());
            }
            if (progress != null) {
                progress.accept(summary);
            }
        }

        private boolean await(Future<?> future) {
            try {
                future.get();
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            }
        }

        private static Thread daemon(Runnable runnable, String name) {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        }

        ImportSummary finish() {
            try {
                if (!batch.isEmpty()) {
                    submit(batch);
                }
                pending.forEach(this::await);
                commitInBackground();
                commits.forEach(this::await);
                synchronized (this) {
                    return new ImportSummary(imported, duplicates, quarantined.get());
                }
            } finally {
                processors.shutdown();
                committer.shutdown();
            }
        }
    }
}
