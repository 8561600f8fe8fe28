package org.comptoir.report;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Under {@code serve}: asks {@link ReportSchedules} every minute to mail the reports that are due, on one daemon thread.
 * The due instants are in SQL, so a restart neither loses nor repeats a send.
 */
public final class ReportScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReportScheduler.class);
    private final ReportSchedules schedules;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "report-schedule");
        t.setDaemon(true);
        return t;
    });

    public ReportScheduler(ReportSchedules schedules) {
        this.schedules = schedules;
    }

    public ReportScheduler start(long periodSeconds) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                schedules.sendDue();
            } catch (RuntimeException e) {
                LOG.warn("scheduled reports failed: {}", e.toString(), e);
            }
        }, periodSeconds, periodSeconds, TimeUnit.SECONDS);
        return this;
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
