package org.comptoir.connector;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Typed reading of a source's settings JSON and opened secrets, failing with {@link IllegalArgumentException}
 * naming the field, so {@code source add} answers a clear error before anything is stored.
 */
public final class Settings {
    private final String type;
    private final JsonNode json;
    private final Map<String, String> secrets;

    public Settings(String type, JsonNode json, Map<String, String> secrets) {
        this.type = type;
        this.json = json;
        this.secrets = secrets == null ? Map.of() : secrets;
    }

    public String string(String field, String fallback) {
        JsonNode value = json == null ? null : json.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isString() && !value.isNumber() && !value.isBoolean()) {
            throw new IllegalArgumentException(type + " setting '" + field + "' must be a string");
        }
        String text = value.asString().strip();
        return text.isEmpty() ? fallback : text;
    }

    public String required(String field, String example) {
        String value = string(field, null);
        if (value == null) {
            throw new IllegalArgumentException(type + " source needs '" + field + "' (for example " + example + ")");
        }
        return value;
    }

    /** An absolute http(s) URL. */
    public URI url(String field, String fallback) {
        String value = fallback == null ? required(field, "https://example.org/feed") : string(field, fallback);
        try {
            URI uri = URI.create(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!List.of("http", "https", "ws", "wss").contains(scheme) || uri.getHost() == null) {
                throw new IllegalArgumentException(type + " setting '" + field + "' must be an http(s) URL, got '" + value + "'");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(type) ? e
                    : new IllegalArgumentException(type + " setting '" + field + "' is not a URL: '" + value + "'");
        }
    }

    public boolean flag(String field, boolean fallback) {
        String value = string(field, null);
        if (value == null) {
            return fallback;
        }
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(type + " setting '" + field + "' must be true or false, got '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    public int integer(String field, int fallback, int min, int max) {
        String value = string(field, null);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(type + " setting '" + field + "' must be a whole number from " + min + " to " + max
                    + ", got '" + value + "'");
        }
    }

    public Duration duration(String field, Duration fallback) {
        String value = string(field, null);
        return value == null ? fallback : Durations.parse(value, type + " setting '" + field + "'");
    }

    /** A list given as a JSON array of strings or one comma-separated string. */
    public List<String> list(String field) {
        JsonNode value = json == null ? null : json.get(field);
        List<String> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (value.isArray()) {
            value.forEach(item -> items.add(item.asString().strip()));
        } else {
            for (String part : value.asString().split(",")) {
                items.add(part.strip());
            }
        }
        items.removeIf(String::isEmpty);
        return items;
    }

    public String secret(String field) {
        String value = secrets.get(field);
        return value == null || value.isBlank() ? null : value;
    }

    public String requiredSecret(String field, String how) {
        String value = secret(field);
        if (value == null) {
            throw new IllegalArgumentException(type + " source needs the secret '" + field + "' (" + how + ")");
        }
        return value;
    }
}
