package org.comptoir.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff highest = new Backoff(() -> 0.999_999);
    private final Backoff lowest = new Backoff(() -> 0.0);

    @Test
    void doublesWithEachFailureInARowFromTheIntervalCappedAtOneMinute() {
        Duration every = Duration.ofSeconds(10);
        assertThat(highest.after(1, every, null)).isBetween(Duration.ofMillis(9_999), Duration.ofSeconds(10));
        assertThat(highest.after(2, every, null)).isBetween(Duration.ofMillis(19_999), Duration.ofSeconds(20));
        assertThat(highest.after(3, every, null)).isBetween(Duration.ofMillis(39_999), Duration.ofSeconds(40));
        assertThat(highest.after(1, Duration.ofHours(1), null)).as("a slow source still retries within a minute")
                .isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void jitterSpreadsRetriesBetweenHalfAndAllOfTheDelay() {
        assertThat(lowest.after(3, Duration.ofSeconds(10), null)).isEqualTo(Duration.ofSeconds(20));
        assertThat(highest.after(3, Duration.ofSeconds(10), null)).isGreaterThan(Duration.ofSeconds(39));
    }

    @Test
    void neverWaitsMoreThanAnHourNorLessThanASecond() {
        assertThat(highest.after(40, Duration.ofMinutes(5), null)).isLessThanOrEqualTo(Backoff.MAX);
        assertThat(lowest.after(1, Duration.ofSeconds(1), null)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void whatTheNetworkAskedForWinsButNeverBelowOneSecond() {
        assertThat(highest.after(5, Duration.ofMinutes(5), Duration.ofSeconds(120))).isEqualTo(Duration.ofSeconds(120));
        assertThat(highest.after(1, Duration.ofMinutes(5), Duration.ZERO)).isEqualTo(Duration.ofSeconds(1));
    }
}
