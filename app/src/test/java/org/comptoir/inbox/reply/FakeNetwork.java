package org.comptoir.inbox.reply;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A network's API on a loopback port, speaking its real wire format: it checks each request's shape (recording
 * what is wrong in {@link #problems()}), refuses bad credentials with 401, and can answer the next write with a
 * chosen failure (429 with {@code Retry-After}, 500).
 */
public abstract class FakeNetwork implements AutoCloseable {
    static final JsonMapper JSON = JsonMapper.builder().build();
    final List<String> problems = new CopyOnWriteArrayList<>();
    public final List<String> published = new CopyOnWriteArrayList<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private volatile int failStatus;
    private volatile String failRetryAfter;

    FakeNetwork() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
                handle(exchange);
            } catch (RuntimeException e) {
                problems.add("the fake failed: " + e);
                answer(exchange, 500, "{\"error\":\"fake failed\"}");
            }
        });
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    abstract void handle(HttpExchange exchange) throws IOException;

    /** The next write request is answered with {@code status} (and {@code Retry-After} when not null). */
    public void failNext(int status, String retryAfter) {
        failRetryAfter = retryAfter;
        failStatus = status;
    }

    /** Answers the planned failure, if any; true when it did. */
    boolean failedAsPlanned(HttpExchange exchange) throws IOException {
        int status = failStatus;
        if (status == 0) {
            return false;
        }
        failStatus = 0;
        if (failRetryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", failRetryAfter);
        }
        answer(exchange, status, status == 429 ? "{\"error\":\"Too many requests\"}" : "{\"error\":\"Internal server error\"}");
        return true;
    }

    static JsonNode body(HttpExchange exchange) throws IOException {
        return JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    void expect(boolean condition, String problem) {
        if (!condition) {
            problems.add(problem);
        }
    }

    static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
