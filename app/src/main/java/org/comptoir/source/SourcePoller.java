package org.comptoir.source;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.comptoir.connector.Connector;
import org.comptoir.connector.ConnectorFailure;
import org.comptoir.connector.Connectors;
import org.comptoir.connector.Fetch;
import org.comptoir.events.Events;
import org.comptoir.topic.TopicRemoved;
import org.comptoir.topic.TopicSaved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one scheduler of every fetched source: owns timing, cursors and backoff; connectors only fetch.
 * {@link #poll} is one whole step — fetch after the stored cursor, make the posts durable, then save the new
 * cursor, then record health — so a crash anywhere re-fetches from the last durable cursor (duplicates are
 * dropped by id), never skips. {@link #start} runs it on a small scheduled pool: again at once while a stream
 * or a catch-up has more, after {@code every} otherwise, after {@link Backoff} when it failed.
 * Runs only under {@code serve}; the CLI never starts it.
 */
public final class SourcePoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SourcePoller.class);
    private final Sources sources;
    private final Connectors connectors;
    private final Backoff backoff;
    private final HealthWatch watch;
    private final Map<Long, Connector> open = new ConcurrentHashMap<>();
    private final Map<Long, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService scheduler;

    public SourcePoller(Sources sources, Connectors connectors, Events events) {
        this(sources, connectors, events, new Backoff(Math::random));
    }

    SourcePoller(Sources sources, Connectors connectors, Events events, Backoff backoff) {
        this.sources = sources;
        this.connectors = connectors;
        this.backoff = backoff;
        this.watch = new HealthWatch(events);
        events.subscribe(SourceSaved.class, e -> changed(e.source().id()));
        events.subscribe(SourceRemoved.class, e -> changed(e.id()));
        events.subscribe(TopicSaved.class, e -> topicsChanged(e.topic().workspace()));
        events.subscribe(TopicRemoved.class, e -> topicsChanged(e.workspace()));
    }

    /** What one poll did and when the next should run. */
    public record Outcome(int stored, int duplicates, int quarantined, String error, Duration next) {
    }

    /** Schedules every fetched, unpaused source on {@code threads} daemon threads. */
    public synchronized void start(int threads) {
        if (scheduler != null) {
            return;
        }
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(threads, runnable -> {
            Thread thread = new Thread(runnable, "source-poller");
            thread.setDaemon(true);
            return thread;
        });
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        pool.setRemoveOnCancelPolicy(true);
        scheduler = pool;
        sources.all().forEach(source -> schedule(source.id(), Duration.ZERO));
    }

    /**
     * Polls one source now, on the caller's thread. Empty outcome for a paused, pushed or removed source. A change of
     * health worth telling (failing, recovered, credentials expiring) is published once, by {@link HealthWatch}.
     */
    public Outcome poll(long id) {
        synchronized (locks.computeIfAbsent(id, k -> new Object())) {
            Source source = sources.byId(id).orElse(null);
            if (source == null || source.paused() || source.pushed()) {
                return null;
            }
            SourceHealthRepository health = sources.healthRecords();
            SourceHealthRepository.Row before = health.row(id);
            try {
                return fetchAndTake(source, health);
            } finally {
                watch.observe(source, before, health.row(id), sources.clock().instant());
            }
        }
    }

    private Outcome fetchAndTake(Source source, SourceHealthRepository health) {
        long id = source.id();
        Instant started = sources.clock().instant();
        String cursor = sources.cursor(id);
        try {
            Connector connector = open.computeIfAbsent(id, k -> connectors.open(source.type(), source.settings(),
                    sources.openSecrets(id), sources.prefilter(source.workspace()), sources.topicQueries(source.workspace())));
            Fetch fetch = connector.fetch(cursor);
            SourceIntake.Result result = sources.intake().take(source, fetch.payloads());
            if (!Objects.equals(fetch.cursor(), cursor)) {
                sources.saveCursor(id, fetch.cursor());
            }
            health.succeeded(id, sources.clock().instant(), result.stored(), result.quarantined(), fetch.newest());
            health.gaps(id, sources.clock().instant(), fetch.gaps());
            Duration next = fetch.more() || Connectors.isStream(source.type(), source.settings()) ? Duration.ZERO : source.every();
            if (fetch.holdOff() != null && fetch.holdOff().compareTo(next) > 0) {
                next = fetch.holdOff(); // the network's rate limit is spent until then
            }
            return new Outcome(result.stored(), result.duplicates(), result.quarantined(), null, next);
        } catch (ConnectorFailure e) {
            return failed(source, started, e.getMessage(), e.retryAfter());
        } catch (RuntimeException e) {
            LOG.warn("source {} ({}) failed: {}", id, source.name(), e.toString(), e);
            return failed(source, started, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
    }

    private Outcome failed(Source source, Instant at, String error, Duration retryAfter) {
        Connector broken = open.remove(source.id());
        if (broken != null) {
            broken.close();
        }
        int failures = sources.healthRecords().failed(source.id(), at, error);
        return new Outcome(0, 0, 0, error, backoff.after(failures, source.every(), retryAfter));
    }

    private void run(long id) {
        Outcome outcome = poll(id);
        if (outcome != null && scheduler != null) {
            schedule(id, outcome.next());
        }
    }

    private void schedule(long id, Duration delay) {
        ScheduledExecutorService pool = scheduler;
        if (pool == null || pool.isShutdown()) {
            return;
        }
        Source source = sources.byId(id).orElse(null);
        if (source == null || source.paused() || source.pushed()) {
            return;
        }
        sources.healthRecords().scheduled(id, sources.clock().instant().plus(delay));
        scheduled.compute(id, (key, previous) -> {
            if (previous != null && !previous.isDone()) {
                previous.cancel(false);
            }
            return pool.schedule(() -> run(id), delay.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private void changed(long id) {
        synchronized (locks.computeIfAbsent(id, k -> new Object())) {
            Connector previous = open.remove(id);
            if (previous != null) {
                previous.close();
            }
        }
        ScheduledFuture<?> task = scheduled.remove(id);
        if (task != null) {
            task.cancel(false);
        }
        schedule(id, Duration.ZERO);
    }

    /** A stream's prefilter comes from the workspace's topics: its connectors reopen with the new ones. */
    private void topicsChanged(String workspace) {
        sources.list(workspace).stream().filter(s -> Connectors.followsTopics(s.type(), s.settings())).forEach(s -> changed(s.id()));
    }

    @Override
    public void close() {
        ScheduledExecutorService pool;
        synchronized (this) {
            pool = scheduler;
            scheduler = null;
        }
        if (pool != null) {
            // polls in progress finish (never interrupted mid-commit: Lucene must not see an interrupt); waiting ones are dropped
            pool.shutdown();
            try {
                pool.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        open.values().forEach(Connector::close);
        open.clear();
    }
}
