package org.comptoir.ingest;

import java.time.Instant;

/**
 * One import started from the import page, as it runs: the bytes and records of its file read so far and the
 * counts of the last commit (imported, duplicates, quarantined), then its summary or the reason it failed. Counts are
 * updated by the import thread and read by page requests; a job is kept in memory by {@link ImportJobs}.
 */
public final class ImportJob {
    /** Where a job is: waiting for the previous import, reading, finished, or stopped by an error. */
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    private final String id;
    private final String workspace;
    private final String source;
    private volatile ImportFormat format;
    private final long size;
    private final String startedBy;
    private final Instant queuedAt;
    private volatile State state = State.QUEUED;
    private volatile long bytesRead;
    private volatile long recordsRead;
    private volatile ImportSummary counts = new ImportSummary(0, 0, 0);
    private volatile String failure;
    private volatile Instant finishedAt;

    ImportJob(String id, String workspace, String source, ImportFormat format, long size, String startedBy, Instant queuedAt) {
        this.id = id;
        this.workspace = workspace;
        this.source = source;
        this.format = format;
        this.size = size;
        this.startedBy = startedBy;
        this.queuedAt = queuedAt;
    }

    public String id() {
        return id;
    }

    public String workspace() {
        return workspace;
    }

    /** The uploaded file's name, as the browser sent it (untrusted: shown escaped). */
    public String source() {
        return source;
    }

    /** The format chosen on the page or detected from the content; null until detected, or when it cannot be. */
    public ImportFormat format() {
        return format;
    }

    public long size() {
        return size;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public State state() {
        return state;
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    public long bytesRead() {
        return bytesRead;
    }

    /** Counts as of the last commit; the final summary once {@link State#DONE}. */
    public ImportSummary counts() {
        return counts;
    }

    /** Records (posts and rejections) read from the file so far, committed or not. */
    public long recordsRead() {
        return recordsRead;
    }

    /** Records settled by the last commit: imported, duplicates and quarantined. */
    public long recordsCommitted() {
        ImportSummary c = counts;
        return c.imported() + c.duplicates() + c.quarantined();
    }

    /**
     * How much of the file is committed, 0 to 100 (100 once finished): the records committed out of the records
     * the whole file holds, estimated from the records read per byte read so far. The reader runs ahead of the
     * commits, so the bytes read alone would reach the end long before the posts are durable.
     */
    public int percent() {
        if (finished()) {
            return 100;
        }
        long read = recordsRead;
        long bytes = bytesRead;
        if (read == 0 || bytes == 0 || size <= 0) {
            return 0;
        }
        double estimatedRecords = read * (double) Math.max(size, bytes) / bytes;
        return (int) Math.min(99, recordsCommitted() * 100 / estimatedRecords);
    }

    public String failure() {
        return failure;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    void running(ImportFormat detected) {
        format = detected;
        state = State.RUNNING;
    }

    void recordRead() {
        recordsRead++; // only the import's reading thread writes it
    }

    void read(long bytes) {
        bytesRead = bytes;
    }

    void committed(ImportSummary countsSoFar) {
        counts = countsSoFar;
    }

    void done(ImportSummary summary, Instant at) {
        counts = summary;
        bytesRead = size;
        finishedAt = at;
        state = State.DONE;
    }

    void failed(String reason, Instant at) {
        failure = reason;
        finishedAt = at;
        state = State.FAILED;
    }
}
