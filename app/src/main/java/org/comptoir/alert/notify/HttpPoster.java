package org.comptoir.alert.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** One HTTP POST of a JSON body with a timeout, no redirects; the answer's status decides success. */
final class HttpPoster {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpPoster() {
    }

    static String post(URI url, String body, Map<String, String> headers) throws Notifier.DeliveryFailed {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Comptoir-Alerts/0.1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Notifier.DeliveryFailed("cannot reach " + url.getHost() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Notifier.DeliveryFailed("interrupted", false);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return "HTTP " + status;
        }
        boolean retryable = status >= 500 || status == 429 || status == 408;
        throw new Notifier.DeliveryFailed("HTTP " + status + " from " + url.getHost(), retryable);
    }

    /** An http(s) address with a host, or a clear error. */
    static URI checkedUrl(String url) {
        try {
            URI uri = URI.create(url == null ? "" : url.strip());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("a notifier URL must be an http(s) address with a host: '" + url + "'");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a notifier URL must be an http(s) address with a host: '" + url + "'");
        }
    }
}
