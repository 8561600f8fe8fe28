package org.comptoir.connector.xapi;

import java.net.URI;
import java.time.Duration;
import org.comptoir.connector.Settings;

/**
 * An X API v2 filtered stream ({@code "stream": true}), read with the user's own bearer token (secret {@code token}).
 * Its rules are the workspace's topics translated by {@link XRules}, or, when {@code query} is given, that one rule.
 * Optional: {@code api} (default {@code https://api.x.com}), {@code max_rule_length} (512, or 1024 on the Pro
 * level), {@code window} (longest wait of one fetch, default 2s), {@code batch} (tweets per fetch, default 500),
 * {@code idle} (default 60s: X sends a keep-alive every 20 s; silence that long means the connection is dead),
 * {@code backfill_minutes} (0–5, default 0; only on the access levels that offer it: X re-sends that many minutes after a reconnect).
 */
public record XStreamSettings(URI api, String query, String token, int maxRuleLength, Duration window, int batch, Duration idle,
                              int backfillMinutes) {
    public static XStreamSettings of(Settings settings) {
        String query = settings.string("query", null);
        int maxLength = settings.integer("max_rule_length", 512, 1, 4096);
        if (query != null && query.length() > maxLength) {
            throw new IllegalArgumentException("x setting 'query' is longer than max_rule_length (" + maxLength + ")");
        }
        return new XStreamSettings(settings.url("api", "https://api.x.com"), query,
                settings.requiredSecret("token", "the bearer token of your X developer app"), maxLength,
                settings.duration("window", Duration.ofSeconds(2)), settings.integer("batch", 500, 1, 10_000),
                settings.duration("idle", Duration.ofSeconds(60)), settings.integer("backfill_minutes", 0, 0, 5));
    }
}
