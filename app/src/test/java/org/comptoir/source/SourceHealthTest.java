package org.comptoir.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** How a source's state is derived from its health facts, at a fixed "now". */
class SourceHealthTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final long[] NONE = {0, 0};

    private static Source source(String type, boolean paused, String expiresAt) {
        ObjectNode settings = JsonMapper.builder().build().createObjectNode();
        if (expiresAt != null) {
            settings.put("credentials_expire_at", expiresAt);
        }
        return new Source(1, "w", "s", type, settings, Duration.ofMinutes(5), paused, NOW.minus(Duration.ofDays(30)));
    }

    private static SourceHealthRepository.Row row(Instant success, String error, int failures, Instant newest) {
        return new SourceHealthRepository.Row(NOW.minusSeconds(10), success, error, error == null ? null : NOW, failures, null, newest);
    }

    private static String state(Source source, SourceHealthRepository.Row row, boolean stream) {
        return SourceHealth.of(source, row, NONE, NONE, stream, NOW, java.util.List.of()).state();
    }

    @Test
    void eachStateFromItsFacts() {
        Instant recent = NOW.minusSeconds(60);
        assertThat(state(source("rss", false, null), SourceHealthRepository.Row.EMPTY, false)).isEqualTo("pending");
        assertThat(state(source("rss", false, null), row(recent, null, 0, null), false)).isEqualTo("ok");
        assertThat(state(source("rss", true, null), row(recent, "boom", 5, null), false)).as("paused wins").isEqualTo("paused");
        assertThat(state(source("rss", false, null), row(recent, "HTTP 503 from h", 1, null), false)).isEqualTo("lagging");
        assertThat(state(source("rss", false, null), row(recent, "HTTP 503 from h", 3, null), false)).isEqualTo("failing");
        assertThat(state(source("mastodon", false, null), row(recent, "HTTP 401 from h: bad token", 1, null), false))
                .as("a refused token fails at once").isEqualTo("failing");
        assertThat(state(source("rss", false, null), row(NOW.minus(Duration.ofMinutes(12)), null, 0, null), false))
                .as("no success for more than 2 intervals + 1 min").isEqualTo("lagging");
    }

    @Test
    void aStreamIsLaggingWhenItsNewestEventIsOld() {
        SourceHealth health = SourceHealth.of(source("bluesky", false, null), row(NOW, null, 0, NOW.minus(Duration.ofMinutes(20))),
                NONE, NONE, true, NOW, java.util.List.of());
        assertThat(health.lag()).isEqualTo(Duration.ofMinutes(20));
        assertThat(health.state()).isEqualTo("lagging");
    }

    @Test
    void credentialsExpiringWithinSevenDaysAreFlagged() {
        Instant recent = NOW.minusSeconds(60);
        assertThat(state(source("x", false, "2026-03-15"), row(recent, null, 0, null), false)).isEqualTo("credentials_expiring");
        assertThat(state(source("x", false, "2026-04-30"), row(recent, null, 0, null), false)).isEqualTo("ok");
        assertThat(state(source("x", false, "2026-03-12T08:00:00Z"), row(recent, null, 0, null), false)).isEqualTo("credentials_expiring");
    }

    @Test
    void theJsonCarriesTheFieldsTheApiPromises() {
        SourceHealth health = SourceHealth.of(source("rss", false, null), row(NOW.minusSeconds(30), null, 0, null),
                new long[] {7, 1}, new long[] {40, 2}, false, NOW,
                java.util.List.of(new SourceHealth.Gap(NOW, NOW.minusSeconds(7200), NOW.minusSeconds(3600), "catch-up reached max_pages", false)));
        assertThat(health.json()).containsEntry("state", "ok").containsEntry("posts_last_hour", 7L).containsEntry("posts_last_day", 40L)
                .containsEntry("quarantined_last_day", 2L).containsEntry("lag_s", 30.0)
                .containsEntry("last_success", NOW.minusSeconds(30).toString()).containsKey("last_error");
        assertThat(health.json().get("gaps")).asList().singleElement().isEqualTo(java.util.Map.of("detected_at", NOW.toString(),
                "from", NOW.minusSeconds(7200).toString(), "to", NOW.minusSeconds(3600).toString(),
                "reason", "catch-up reached max_pages", "bridged", false));
    }
}
