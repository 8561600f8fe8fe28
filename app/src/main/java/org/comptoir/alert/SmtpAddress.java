package org.comptoir.alert;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.alert.notify.EmailNotifier;

/**
 * An email notifier's settings written as one address, shown back as it was given (the password is not in it):
 * {@code smtp://USER@HOST:PORT?tls=starttls|tls|none&from=ADDRESS&to=ADDRESS,ADDRESS}; the user is URL-encoded
 * ({@code alerts%40brand.example}); the port defaults to 587 (starttls), 465 (tls) or 25 (none).
 */
record SmtpAddress(String host, int port, EmailNotifier.Tls tls, String user, String from, List<String> to) {

    static SmtpAddress parse(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an email notifier URL looks like smtp://user@host:587?from=…&to=…: '" + url + "'");
        }
        if (!"smtp".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("an email notifier URL looks like smtp://user@host:587?from=…&to=…: '" + url + "'");
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        EmailNotifier.Tls tls = EmailNotifier.tls(query.get("tls"));
        int port = uri.getPort() > 0 ? uri.getPort() : tls == EmailNotifier.Tls.STARTTLS ? 587 : tls == EmailNotifier.Tls.TLS ? 465 : 25;
        String user = uri.getRawUserInfo() == null ? null : URLDecoder.decode(uri.getRawUserInfo(), StandardCharsets.UTF_8);
        String from = query.get("from");
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("an email notifier needs from= (the sender's address)");
        }
        List<String> to = query.get("to") == null ? List.of()
                : Arrays.stream(query.get("to").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new SmtpAddress(uri.getHost(), port, tls, user, from, to);
    }

    EmailNotifier notifier(String password) {
        return new EmailNotifier(host, port, tls, user, password, from, to, null);
    }

    @Override
    public String toString() {
        String userPart = user == null ? "" : java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "@";
        return "smtp://" + userPart + host + ":" + port + "?tls=" + tls.name().toLowerCase(java.util.Locale.ROOT) + "&from=" + from
                + "&to=" + String.join(",", to);
    }
}
