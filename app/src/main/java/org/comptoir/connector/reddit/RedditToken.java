package org.comptoir.connector.reddit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.comptoir.connector.ConnectorFailure;
import org.comptoir.connector.HttpFetcher;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OAuth2 access token of a Reddit source: asked for at {@code POST /api/v1/access_token} with the app's id and
 * secret (HTTP Basic), by the password grant when a username is set, else the client-credentials grant; kept
 * until a minute before its {@code expires_in}, then asked for again. Reddit answers a wrong password with
 * 200 and {@code {"error":"invalid_grant"}}, and a wrong app with 401: both are {@code UNAUTHORIZED}, and the first says "credentials refused" so the source turns failing at once.
 */
final class RedditToken {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RedditSettings settings;
    private final HttpFetcher http;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    RedditToken(RedditSettings settings, HttpFetcher http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    /** The current token, asked for when there is none or it expires within a minute. */
    String current() throws ConnectorFailure {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            renew();
        }
        return token;
    }

    /** Forgets the token (the API refused it before its expiry: revoked). */
    void forget() {
        token = null;
    }

    private void renew() throws ConnectorFailure {
        token = null;
        String form = settings.username() == null ? "grant_type=client_credentials"
                : "grant_type=password&username=" + encode(settings.username()) + "&password=" + encode(settings.password());
        String basic = Base64.getEncoder().encodeToString((settings.clientId() + ":" + settings.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpFetcher.Response response = http.postForm(settings.auth().resolve("/api/v1/access_token"),
                Map.of("Authorization", "Basic " + basic, "User-Agent", settings.userAgent()), form);
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new ConnectorFailure(ConnectorFailure.Kind.SERVER, "Reddit's token answer is not JSON");
        }
        if (answer.hasNonNull("error") || !answer.path("access_token").isString()) {
            String error = answer.path("error").asString("no access_token");
            throw new ConnectorFailure(ConnectorFailure.Kind.UNAUTHORIZED, "credentials refused by Reddit's token endpoint: " + error
                    + (error.equals("invalid_grant") ? " (wrong username or password?)" : ""));
        }
        long expiresIn = answer.path("expires_in").asLong(3600);
        token = answer.get("access_token").asString();
        renewAt = clock.instant().plusSeconds(Math.max(0, expiresIn - 60));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
