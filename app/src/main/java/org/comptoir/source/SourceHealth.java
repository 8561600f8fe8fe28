package org.comptoir.source;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source's health, at a glance: its state and the facts behind it.
 *
 * <ul>
 *   <li>{@code paused}: a person paused it;</li>
 *   <li>{@code failing}: the last 3 polls failed, or the network refused the credentials (401/403);</li>
 *   <li>{@code lagging}: a poll failed and is being retried, or it is further behind real time than two
 *       intervals plus a minute;</li>
 *   <li>{@code credentials_expiring}: the {@code credentials_expire_at} setting falls within 7 days;</li>
 *   <li>{@code pending}: never polled yet; {@code ok} otherwise.</li>
 * </ul>
 * {@code lag} is, for a stream, how far its newest event is behind now; for a poll, how long since the last success.
 * {@code gaps} are the gaps in its cursor its connector detected in the last 7 days (at most 10, newest first).
 */
public record SourceHealth(String state, Instant lastSuccess, String lastError, Instant lastErrorAt, int failures,
                           long postsLastHour, long postsLastDay, long quarantinedLastDay, Duration lag, Instant nextAttempt,
                           List<Gap> gaps) {
    static final int FAILING_AFTER = 3;
    static final Duration EXPIRY_WARNING = Duration.ofDays(7);

    public SourceHealth {
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }

    /**
     * A gap the source's connector detected: between {@code from} and {@code to} (null when unknown) posts may be
     * missing, for {@code reason}; {@code bridged} when it was read by other means and nothing is missing.
     */
    public record Gap(Instant detectedAt, Instant from, Instant to, String reason, boolean bridged) {
        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("detected_at", detectedAt.toString());
            json.put("from", from == null ? null : from.toString());
            json.put("to", to == null ? null : to.toString());
            json.put("reason", reason);
            json.put("bridged", bridged);
            return json;
        }
    }

    static SourceHealth of(Source source, SourceHealthRepository.Row row, long[] hour, long[] day, boolean stream, Instant now,
                           List<Gap> gaps) {
        Duration lag = null;
        if (stream && row.newestPostAt() != null) {
            lag = Duration.between(row.newestPostAt(), now);
        } else if (row.lastSuccess() != null) {
            lag = Duration.between(row.lastSuccess(), now);
        }
        if (lag != null && lag.isNegative()) {
            lag = Duration.ZERO;
        }
        return new SourceHealth(state(source, row, lag, now), row.lastSuccess(), row.lastError(), row.lastErrorAt(),
                row.failures(), hour[0], day[0], day[1], lag, row.nextAttempt(), gaps);
    }

    private static String state(Source source, SourceHealthRepository.Row row, Duration lag, Instant now) {
        if (source.paused()) {
            return "paused";
        }
        if (failing(row)) {
            return "failing";
        }
        Duration late = source.every().multipliedBy(2).plusMinutes(1);
        if (row.failures() > 0 || lag != null && lag.compareTo(late) > 0 && !source.pushed()) {
            return "lagging";
        }
        if (expiresSoon(source, now)) {
            return "credentials_expiring";
        }
        return row.lastAttempt() == null && row.lastSuccess() == null ? "pending" : "ok";
    }

    /** 3 failures in a row, or the credentials refused (HTTP 401/403, a token request refused). */
    static boolean failing(SourceHealthRepository.Row row) {
        boolean refused = row.failures() > 0 && row.lastError() != null && row.lastError().matches("(?s).*(HTTP 40[13]\\b|credentials refused).*");
        return row.failures() >= FAILING_AFTER || refused;
    }

    static boolean expiresSoon(Source source, Instant now) {
        String at = source.settings().path("credentials_expire_at").asString("");
        if (at.isBlank()) {
            return false;
        }
        try {
            Instant expiry = at.length() == 10 ? LocalDate.parse(at).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(at);
            return expiry.isBefore(now.plus(EXPIRY_WARNING));
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** The API's JSON: {@code {"state", "last_success", "last_error", "posts_last_hour", "lag_s", …}}. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", state);
        json.put("last_success", lastSuccess == null ? null : lastSuccess.toString());
        json.put("last_error", lastError);
        json.put("last_error_at", lastErrorAt == null ? null : lastErrorAt.toString());
        json.put("failures", failures);
        json.put("posts_last_hour", postsLastHour);
        json.put("posts_last_day", postsLastDay);
        json.put("quarantined_last_day", quarantinedLastDay);
        json.put("lag_s", lag == null ? null : lag.toMillis() / 1000.0);
        json.put("next_attempt", nextAttempt == null ? null : nextAttempt.toString());
        json.put("gaps", gaps.stream().map(Gap::json).toList());
        return json;
    }
}
