package org.comptoir.connector;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * The HTTP behaviour every REST connector shares: a whole exchange (headers and body) bounded by one timeout,
 * gzip accepted, redirects followed by the client, and statuses turned into {@link ConnectorFailure}s with the
 * delay the network asked for ({@code Retry-After} as seconds or a date, else a rate-limit reset header).
 */
public final class HttpFetcher {
    private static final int MAX_BODY = 64 * 1024 * 1024;
    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;

    public HttpFetcher(HttpClient client, Duration timeout, Clock clock) {
        this.client = client;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** A client that follows redirects (not from https to http) and gives up connecting after {@code connect}. */
    public static HttpClient client(Duration connect) {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(connect).build();
    }

    /** A 2xx or 304 answer, body already un-gzipped; {@code spentFor}: the rate limit is used up for that long (else null). */
    public record Response(int status, HttpHeaders headers, byte[] body, Duration spentFor) {
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    public Response get(URI uri, Map<String, String> headers) throws ConnectorFailure {
        return send(uri, headers, null, "GET");
    }

    /** A form POST ({@code application/x-www-form-urlencoded}), e.g. an OAuth2 token request. */
    public Response postForm(URI uri, Map<String, String> headers, String form) throws ConnectorFailure {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.put("Content-Type", "application/x-www-form-urlencoded");
        return send(uri, all, HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8), "POST");
    }

    /** A JSON POST ({@code application/json}), e.g. X's stream rules. */
    public Response postJson(URI uri, Map<String, String> headers, String json) throws ConnectorFailure {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.put("Content-Type", "application/json");
        return send(uri, all, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8), "POST");
    }

    /** @param payload null for a GET (exactly as {@code HttpRequest.Builder#GET}) */
    private Response send(URI uri, Map<String, String> headers, HttpRequest.BodyPublisher payload, String method)
            throws ConnectorFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept-Encoding", "gzip")
                .setHeader("User-Agent", "Comptoir/0.1 (+https://github.com/comptoir)");
        if (payload == null) {
            request.GET();
        } else {
            request.method(method, payload);
        }
        headers.forEach(request::setHeader);
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new ConnectorFailure(ConnectorFailure.Kind.TIMEOUT, "no complete answer from " + uri.getHost() + " within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new ConnectorFailure(ConnectorFailure.Kind.UNREACHABLE, "interrupted");
        } catch (ExecutionException e) {
            throw unreachable(uri, e.getCause());
        }
        byte[] body = decode(response);
        int status = response.statusCode();
        if (status / 100 == 2 || status == 304) {
            return new Response(status, response.headers(), body, spent(response.headers(), clock));
        }
        throw failure(status, response.headers(), body, uri.getHost(), clock);
    }

    /** When a successful answer says the rate limit is spent ({@code x-ratelimit-remaining: 0}), how long until it resets. */
    static Duration spent(HttpHeaders headers, Clock clock) {
        String remaining = headers.firstValue("x-ratelimit-remaining").or(() -> headers.firstValue("x-rate-limit-remaining")).orElse("");
        if (!remaining.strip().matches("0+(\\.0+)?")) {
            return null;
        }
        return headers.firstValue("x-ratelimit-reset").or(() -> headers.firstValue("x-rate-limit-reset"))
                .flatMap(value -> parseDelay(value.strip(), false, clock)).orElse(null);
    }

    /** The failure a non-2xx answer means: 401/403 unauthorized, 429 rate limited, 5xx server, other 4xx rejected. */
    public static ConnectorFailure failure(int status, HttpHeaders headers, byte[] body, String host, Clock clock) {
        String says = "HTTP " + status + " from " + host + excerpt(body);
        Duration wait = retryAfter(headers, clock).orElse(null);
        if (status == 401 || status == 403) {
            return new ConnectorFailure(ConnectorFailure.Kind.UNAUTHORIZED, says + " (token expired, revoked or missing a scope?)");
        }
        if (status == 429) {
            return new ConnectorFailure(ConnectorFailure.Kind.RATE_LIMITED, says, wait);
        }
        return new ConnectorFailure(status >= 500 ? ConnectorFailure.Kind.SERVER : ConnectorFailure.Kind.REJECTED, says, wait);
    }

    private static ConnectorFailure unreachable(URI uri, Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return new ConnectorFailure(ConnectorFailure.Kind.TIMEOUT, "no answer from " + uri.getHost() + ": " + cause.getMessage());
        }
        String why = cause instanceof ConnectException ? "connection refused" : String.valueOf(cause.getMessage());
        return new ConnectorFailure(ConnectorFailure.Kind.UNREACHABLE, "cannot reach " + uri.getHost() + ": " + why
                + " (" + cause.getClass().getSimpleName() + ")");
    }

    private static byte[] decode(HttpResponse<byte[]> response) throws ConnectorFailure {
        byte[] body = response.body() == null ? new byte[0] : response.body();
        if (!response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            return body;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] plain = in.readNBytes(MAX_BODY + 1);
            if (plain.length > MAX_BODY) {
                throw new ConnectorFailure(ConnectorFailure.Kind.REJECTED, "answer larger than " + MAX_BODY + " bytes once un-gzipped");
            }
            return plain;
        } catch (IOException e) {
            throw new ConnectorFailure(ConnectorFailure.Kind.SERVER, "answer announced gzip but is not: " + e.getMessage());
        }
    }

    /** {@code Retry-After} (seconds or HTTP date), else {@code x-ratelimit-reset} (a date, epoch seconds or seconds to wait). */
    static Optional<Duration> retryAfter(HttpHeaders headers, Clock clock) {
        Optional<String> retry = headers.firstValue("Retry-After");
        if (retry.isPresent()) {
            return parseDelay(retry.get().strip(), true, clock);
        }
        // Mastodon and Reddit say x-ratelimit-reset, X says x-rate-limit-reset
        return headers.firstValue("x-ratelimit-reset").or(() -> headers.firstValue("x-rate-limit-reset"))
                .flatMap(value -> parseDelay(value.strip(), false, clock));
    }

    private static Optional<Duration> parseDelay(String value, boolean httpDate, Clock clock) {
        Instant now = clock.instant();
        try {
            if (value.matches("\\d+(\\.\\d+)?")) {
                double number = Double.parseDouble(value);
                Duration delay = number > 1_000_000_000 ? Duration.between(now, Instant.ofEpochSecond((long) number))
                        : Duration.ofMillis((long) (number * 1000));
                return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
            }
            Instant at = !value.matches("\\d{4}-\\d{2}-\\d{2}T.*")
                    ? ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()
                    : java.time.OffsetDateTime.parse(value).toInstant();
            Duration delay = Duration.between(now, at);
            return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "" : ": " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
    }
}
