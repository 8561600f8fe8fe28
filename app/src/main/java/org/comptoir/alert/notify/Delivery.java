package org.comptoir.alert.notify;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Delivers one notification with retries: up to {@code attempts} tries, waiting {@code base × 2^(n−1)} plus a
 * random jitter of up to the same amount between tries (so receivers recovering from an outage are not hit
 * in lockstep). Every attempt is reported to the {@link Log}: sent, retry (with the reason) or failed.
 */
public final class Delivery {
    /** Where attempts are recorded. */
    public interface Log {
        void attempt(String notifier, int attempt, String outcome, String detail);
    }

    /** How to wait between tries (tests pass a recorder instead of sleeping). */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final int attempts;
    private final Duration base;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    public Delivery(int attempts, Duration base, Sleeper sleeper, RandomGenerator random) {
        this.attempts = Math.max(1, attempts);
        this.base = base;
        this.sleeper = sleeper;
        this.random = random;
    }

    public static Delivery standard() {
        return new Delivery(5, Duration.ofSeconds(2), d -> Thread.sleep(d.toMillis()), RandomGenerator.getDefault());
    }

    /** The wait before try {@code n + 1} after {@code n} failed tries: exponential, plus jitter. */
    Duration backoff(int n) {
        long exponential = base.toMillis() << Math.min(n - 1, 20);
        return Duration.ofMillis(exponential + (long) (random.nextDouble() * exponential));
    }

    /** True when delivered. */
    public boolean deliver(String name, Notifier notifier, Notification notification, Log log) {
        for (int n = 1; n <= attempts; n++) {
            try {
                log.attempt(name, n, "sent", notifier.send(notification));
                return true;
            } catch (Notifier.DeliveryFailed e) {
                if (!e.retryable() || n == attempts) {
                    log.attempt(name, n, "failed", e.getMessage());
                    return false;
                }
                log.attempt(name, n, "retry", e.getMessage());
                try {
                    sleeper.sleep(backoff(n));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    log.attempt(name, n, "failed", "interrupted while waiting to retry");
                    return false;
                }
            }
        }
        return false;
    }
}
