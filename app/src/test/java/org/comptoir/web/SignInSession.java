package org.comptoir.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP session for tests: its own cookies, no automatic redirects, the page's CSRF token. */
public final class SignInSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public SignInSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form; {@code withCsrf} adds the CSRF token of the login page's session, as a browser form would. */
    public HttpResponse<String> post(String path, Map<String, String> fields, boolean withCsrf) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (withCsrf) {
            all.put("_csrf", csrf());
        }
        StringJoiner body = new StringJoiner("&");
        all.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the form; returns the answer (302 to the start on success, to /login?error on failure). */
    public HttpResponse<String> signIn(String user, String password) throws Exception {
        return post("/login", Map.of("username", user, "password", password), true);
    }

    /** The CSRF token a page of this session carries (read from the settings page once signed in, else the login page). */
    public String csrf() throws Exception {
        HttpResponse<String> page = get("/login");
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        return m.group(1);
    }

    public HttpClient client() {
        return http;
    }
}
