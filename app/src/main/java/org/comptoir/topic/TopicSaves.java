package org.comptoir.topic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.comptoir.events.Actor;
import org.comptoir.query.QuerySyntaxException;

/**
 * Saves topics in the background so a page can show the backfill's progress instead of waiting on
 * it: one job saves one or more checked drafts, one after the other, on a single thread (each backfill
 * holds the workspace's topic lock only while it re-tags, as a synchronous save would). Jobs run as the
 * {@link Actor} who started them; the last {@value #KEPT} jobs are remembered.
 */
public final class TopicSaves implements AutoCloseable {
    static final int KEPT = 50;
    private final TopicCatalog catalog;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "topic-backfill");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT;
        }
    };

    public TopicSaves(TopicCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Where a job stands.
     *
     * @param saved   drafts saved so far (their backfill done)
     * @param current the topic being saved, null when none
     * @param failure why the job stopped, null when it did not fail
     */
    public record Status(String id, String workspace, List<String> names, int saved, String current, boolean finished,
                         String failure) {
        public int total() {
            return names.size();
        }
    }

    private static final class Job {
        private volatile Status status;

        Job(Status status) {
            this.status = status;
        }
    }

    /** Checks every draft, then saves them in the background; returns the job's id. Nothing is saved if one is invalid. */
    public String start(String workspace, List<TopicDraft> drafts) throws QuerySyntaxException {
        for (TopicDraft draft : drafts) {
            TopicCatalog.check(draft.name(), draft.query());
        }
        String id = UUID.randomUUID().toString();
        List<String> names = drafts.stream().map(TopicDraft::name).toList();
        Job job = new Job(new Status(id, workspace, names, 0, null, drafts.isEmpty(), null));
        synchronized (jobs) {
            jobs.put(id, job);
        }
        Actor actor = Actor.current();
        worker.submit(() -> actor.run(() -> {
            run(job, drafts);
            return null;
        }));
        return id;
    }

    private void run(Job job, List<TopicDraft> drafts) {
        Status s = job.status;
        try {
            for (int i = 0; i < drafts.size(); i++) {
                TopicDraft draft = drafts.get(i);
                job.status = new Status(s.id(), s.workspace(), s.names(), i, draft.name(), false, null);
                catalog.save(s.workspace(), draft.name(), draft.query(), draft.description(), draft.kind(), draft.engage());
            }
            job.status = new Status(s.id(), s.workspace(), s.names(), drafts.size(), null, true, null);
        } catch (QuerySyntaxException | RuntimeException e) {
            Status at = job.status;
            job.status = new Status(s.id(), s.workspace(), s.names(), at.saved(), at.current(), true, e.getMessage());
        }
    }

    /** The job's status, only for the workspace it belongs to. */
    public Optional<Status> status(String workspace, String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).map(job -> job.status).filter(s -> s.workspace().equals(workspace));
        }
    }

    /** Lets a running backfill finish (up to a minute), then stops the worker. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
