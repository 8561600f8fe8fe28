package org.comptoir.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.comptoir.events.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The imports started from the import page: each uploaded file is stored under {@code <data>/imports}, then
 * imported in the background, one import at a time, while its {@link ImportJob} counts what was read and
 * committed so any page (after a reload too) can show the progress. The file is deleted once imported.
 * Jobs live in memory: the last {@value #KEPT_PER_WORKSPACE} per workspace; a restart forgets them, not
 * their posts nor their quarantined records.
 */
public final class ImportJobs implements AutoCloseable {
    static final int KEPT_PER_WORKSPACE = 30;
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    private static final String SUFFIX = ".upload";

    private final Importer importer;
    private final Path uploads;
    private final Clock clock;
    private final int kept;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Deque<ImportJob>> byWorkspace = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "import-jobs");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param uploads where uploaded files wait for their import (and where the servlet container spools multipart
     *                parts); left-overs of a crash are deleted
     */
    public ImportJobs(Importer importer, Path uploads, Clock clock) {
        this(importer, uploads, clock, KEPT_PER_WORKSPACE);
    }

    ImportJobs(Importer importer, Path uploads, Clock clock, int kept) {
        this.kept = kept;
        this.importer = importer;
        this.uploads = uploads;
        this.clock = clock;
        try {
            Files.createDirectories(uploads);
            try (DirectoryStream<Path> stale = Files.newDirectoryStream(uploads, "{*" + SUFFIX + ",upload_*.tmp}")) {
                for (Path file : stale) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the upload directory " + uploads, e);
        }
    }

    /** A new empty file for an upload, in the upload directory (on disk, never in memory). */
    public Path newUploadFile() throws IOException {
        return Files.createTempFile(uploads, "import-", SUFFIX);
    }

    /**
     * Queues the import of an uploaded file (which this registry then owns and deletes) and returns its job.
     *
     * @param format null to detect it from the content
     */
    public ImportJob start(String workspace, Path upload, String sourceName, ImportFormat format, ImportOptions options) {
        long size;
        try {
            size = Files.size(upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Actor actor = Actor.current();
        ImportJob job = new ImportJob(HexFormat.of().formatHex(bytes(8)),
                workspace, sourceName, format, size, actor.name(), clock.instant());
        remember(job);
        runner.submit(() -> actor.run(() -> {
            run(job, upload, options);
            return null;
        }));
        return job;
    }

    /** A job of the workspace (a job of another workspace is not found). */
    public Optional<ImportJob> find(String workspace, String id) {
        return recent(workspace).stream().filter(job -> job.id().equals(id)).findFirst();
    }

    /** The workspace's jobs, newest first. */
    public List<ImportJob> recent(String workspace) {
        Deque<ImportJob> jobs = byWorkspace.get(workspace);
        if (jobs == null) {
            return List.of();
        }
        synchronized (jobs) {
            return List.copyOf(jobs);
        }
    }

    private void remember(ImportJob job) {
        Deque<ImportJob> jobs = byWorkspace.computeIfAbsent(job.workspace(), w -> new ArrayDeque<>());
        synchronized (jobs) {
            jobs.addFirst(job);
            java.util.Iterator<ImportJob> oldestFirst = jobs.descendingIterator();
            while (jobs.size() > kept && oldestFirst.hasNext()) {
                if (oldestFirst.next().finished()) {
                    oldestFirst.remove();
                }
            }
        }
    }

    private void run(ImportJob job, Path upload, ImportOptions options) {
        try (InputStream in = new Counting(Files.newInputStream(upload), job)) {
            job.running(job.format() != null ? job.format() : detect(upload, job.source()));
            ImportSummary summary = importer.importStream(in, options, job);
            job.done(summary, clock.instant());
        } catch (Importer.ImportFailure e) {
            job.failed(e.getMessage(), clock.instant());
        } catch (IOException | RuntimeException e) {
            LOG.warn("import {} of {} failed", job.id(), job.source(), e);
            job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), clock.instant());
        } finally {
            try {
                Files.deleteIfExists(upload);
            } catch (IOException e) {
                LOG.warn("cannot delete {}", upload, e);
            }
        }
    }

    /** The format recognised from the file's first bytes, or null (the import then says why it cannot read it). */
    private static ImportFormat detect(Path upload, String name) throws IOException {
        try (InputStream in = Files.newInputStream(upload)) {
            return PostFileReader.detect(in.readNBytes(PostFileReader.DETECT_HEAD_BYTES), name);
        } catch (UnknownFormatException e) {
            return null;
        }
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }

    /** Tells the job how many bytes of its file the import has read. */
    private static final class Counting extends FilterInputStream {
        private final ImportJob job;
        private long count;

        Counting(InputStream in, ImportJob job) {
            super(in);
            this.job = job;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                job.read(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
                job.read(count);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            job.read(count);
            return skipped;
        }
    }
}
