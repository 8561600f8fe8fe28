package org.comptoir.source;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long a source waits after failed polls: exponential from {@code min(every, 1 min)} (at least 1 s), doubling
 * with each failure in a row up to one hour, with jitter (a random 50–100 % of it) so sources failing together
 * do not retry together. When the network said how long to wait ({@code Retry-After}, a rate-limit reset), that is
 * honoured instead, never less than 1 s.
 */
final class Backoff {
    static final Duration MAX = Duration.ofHours(1);
    private final DoubleSupplier random;

    /** @param random numbers in [0, 1): {@code Math::random} in production, fixed in tests */
    Backoff(DoubleSupplier random) {
        this.random = random;
    }

    Duration after(int failures, Duration every, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.compareTo(Source.MIN_EVERY) < 0 ? Source.MIN_EVERY : retryAfter;
        }
        Duration base = every.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : every;
        base = base.compareTo(Source.MIN_EVERY) < 0 ? Source.MIN_EVERY : base;
        Duration exponential = base.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        if (exponential.compareTo(MAX) > 0) {
            exponential = MAX;
        }
        long millis = (long) (exponential.toMillis() * (0.5 + 0.5 * random.getAsDouble()));
        return Duration.ofMillis(Math.max(Source.MIN_EVERY.toMillis(), millis));
    }
}
