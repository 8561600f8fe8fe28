package org.comptoir.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DurationsAndDelaysTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsIsoAndShortDurations() {
        assertThat(Durations.parse("PT5M", "every")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("30s", "every")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("2h", "every")).isEqualTo(Duration.ofHours(2));
        assertThat(Durations.parse("300ms", "every")).isEqualTo(Duration.ofMillis(300));
        assertThat(Durations.format(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThatThrownBy(() -> Durations.parse("soon", "'every'")).hasMessageContaining("'every' is not a duration: 'soon'");
    }

    private static HttpHeaders headers(String name, String value) {
        return HttpHeaders.of(Map.of(name, List.of(value)), (a, b) -> true);
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDate() {
        assertThat(HttpFetcher.retryAfter(headers("Retry-After", "120"), clock)).contains(Duration.ofSeconds(120));
        assertThat(HttpFetcher.retryAfter(headers("Retry-After", "Sun, 01 Mar 2026 10:02:00 GMT"), clock)).contains(Duration.ofMinutes(2));
    }

    @Test
    void rateLimitResetAsEpochSecondsSecondsToWaitOrADate() {
        long epoch = Instant.parse("2026-03-01T10:15:00Z").getEpochSecond();
        assertThat(HttpFetcher.retryAfter(headers("x-ratelimit-reset", Long.toString(epoch)), clock)).contains(Duration.ofMinutes(15));
        assertThat(HttpFetcher.retryAfter(headers("x-ratelimit-reset", "42.5"), clock)).contains(Duration.ofMillis(42_500));
        assertThat(HttpFetcher.retryAfter(headers("x-ratelimit-reset", "2026-03-01T10:05:00.000Z"), clock)).contains(Duration.ofMinutes(5));
        assertThat(HttpFetcher.retryAfter(headers("x-ratelimit-reset", "whenever"), clock)).isEmpty();
    }

    @Test
    void statusesBecomeTheRightFailure() {
        HttpHeaders none = HttpHeaders.of(Map.of(), (a, b) -> true);
        assertThat(HttpFetcher.failure(401, none, new byte[0], "h", clock).kind()).isEqualTo(ConnectorFailure.Kind.UNAUTHORIZED);
        assertThat(HttpFetcher.failure(429, headers("Retry-After", "7"), new byte[0], "h", clock).retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(HttpFetcher.failure(503, none, new byte[0], "h", clock).kind()).isEqualTo(ConnectorFailure.Kind.SERVER);
        assertThat(HttpFetcher.failure(404, none, "gone".getBytes(), "h", clock).getMessage()).isEqualTo("HTTP 404 from h: gone");
    }
}
