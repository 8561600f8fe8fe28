package org.comptoir.connector.xapi;

import java.net.URI;
import org.comptoir.connector.Settings;

/**
 * An X (Twitter) API v2 recent search, read with the user's own bearer token: {@code query} (X's search syntax,
 * at most 512 characters on the Basic access level), secret {@code token}, optional {@code api}
 * (default {@code https://api.x.com}) and {@code max_results} (10–100, default 100).
 */
public record XSearchSettings(URI api, String query, String token, int maxResults) {
    public static XSearchSettings of(Settings settings) {
        String query = settings.required("query", "\"fournil OR #fournildupain -is:retweet\"");
        if (query.length() > 4096) {
            throw new IllegalArgumentException("x setting 'query' is longer than 4,096 characters");
        }
        return new XSearchSettings(settings.url("api", "https://api.x.com"), query,
                settings.requiredSecret("token", "the bearer token of your X developer app"), settings.integer("max_results", 100, 10, 100));
    }
}
