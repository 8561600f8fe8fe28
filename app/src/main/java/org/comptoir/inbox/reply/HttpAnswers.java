package org.comptoir.inbox.reply;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP exchange every sender shares: a JSON answer, or a {@link ReplyFailure} that says what the status means. */
final class HttpAnswers {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_ERROR = 300;

    private HttpAnswers() {
    }

    static JsonNode exchange(HttpClient http, HttpRequest request) throws ReplyFailure {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ReplyFailure(ReplyFailure.Reason.UNAVAILABLE, "cannot reach " + request.uri().getHost() + ": " + e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplyFailure(ReplyFailure.Reason.UNAVAILABLE, "interrupted", null);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return JSON.readTree(response.body().isBlank() ? "{}" : response.body());
        }
        String said = response.body().length() > MAX_ERROR ? response.body().substring(0, MAX_ERROR) : response.body();
        String message = "HTTP " + status + " from " + request.uri().getPath() + ": " + said.replaceAll("\\s+", " ");
        if (status == 401 || status == 403) {
            throw new ReplyFailure(ReplyFailure.Reason.UNAUTHORISED, message, null);
        }
        if (status == 429) {
            throw new ReplyFailure(ReplyFailure.Reason.RATE_LIMITED, message,
                    retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        }
        if (status >= 500) {
            throw new ReplyFailure(ReplyFailure.Reason.UNAVAILABLE, message, null);
        }
        throw new ReplyFailure(ReplyFailure.Reason.REJECTED, message, null);
    }

    /** {@code Retry-After}: delay-seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(java.time.Instant.now(),
                        ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
    }
}
