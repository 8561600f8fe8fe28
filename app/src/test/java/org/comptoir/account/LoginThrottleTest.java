package org.comptoir.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresOnOneAccountHoldItBackForTheRestOfTheWindow() {
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT - 1; i++) {
            throttle.failed("marie", "10.0.0." + i);
        }
        assertThat(throttle.waitBeforeAttempt("marie", "10.0.0.9")).isZero();
        clock.advance(Duration.ofMinutes(5));
        throttle.failed("marie", "10.0.0.5");
        assertThat(throttle.waitBeforeAttempt("MARIE", "10.0.0.9")).as("names are compared case-insensitively")
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(throttle.waitBeforeAttempt("paul", "10.0.0.9")).as("another account is not held back").isZero();
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.waitBeforeAttempt("marie", "10.0.0.9")).as("the oldest failure left the window").isZero();
    }

    @Test
    void oneAddressTryingManyNamesIsHeldBack() {
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            throttle.failed("user" + i, "203.0.113.7");
        }
        assertThat(throttle.waitBeforeAttempt("someone-new", "203.0.113.7")).isPositive();
        assertThat(throttle.waitBeforeAttempt("someone-new", "203.0.113.8")).isZero();
    }

    @Test
    void aSuccessClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            throttle.failed("marie", "198.51.100.1");
        }
        throttle.succeeded("marie");
        assertThat(throttle.waitBeforeAttempt("marie", "198.51.100.2")).isZero();
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            throttle.failed("x" + i, "198.51.100.1");
        }
        throttle.succeeded("x0");
        assertThat(throttle.waitBeforeAttempt("marie", "198.51.100.1")).isPositive();
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
