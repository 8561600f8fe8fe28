package org.comptoir.connector;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * The faults a loopback server injects into its next answer, as {@link ConnectorContract} asks: an error status with
 * headers ({@code 429} with {@code Retry-After}, {@code 401}, {@code 5xx}) and the network's own error body, no answer
 * at all (a server that hangs until the test ends), or an answer cut in the middle. One per server, thread-safe: the
 * test arms a fault, the handler of the next request takes it.
 */
public final class LoopbackFaults {
    private final AtomicReference<Fault> armed = new AtomicReference<>();
    private final CountDownLatch release = new CountDownLatch(1);

    /** What the next request gets: nothing special, a status, a hang, or a cut answer. */
    public final class Fault {
        private final String kind;
        private final int status;
        private final Map<String, String> headers;

        private Fault(String kind, int status, Map<String, String> headers) {
            this.kind = kind;
            this.status = status;
            this.headers = headers;
        }

        /** True when the answer must be cut in the middle (the caller writes it with {@link #write}). */
        public boolean cut() {
            return kind.equals("cut");
        }

        /** The status to answer, 0 when none. */
        public int status() {
            return kind.equals("status") ? status : 0;
        }

        /**
         * Answers the request when the fault is a status (with its headers and {@code body.apply(status)}, no body when
         * that is null) or a hang (no answer until the test ends); returns true when it did, false for none or a cut.
         */
        public boolean answer(HttpExchange exchange, IntFunction<String> body, String contentType) throws IOException {
            if (kind.equals("hang")) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
                return true;
            }
            if (!kind.equals("status")) {
                return false;
            }
            headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            String text = body.apply(status);
            if (text == null) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", contentType);
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
            return true;
        }
    }

    public void failNext(int status, Map<String, String> headers) {
        armed.set(new Fault("status", status, Map.copyOf(headers)));
    }

    public void hangNext() {
        armed.set(new Fault("hang", 0, Map.of()));
    }

    public void cutNext() {
        armed.set(new Fault("cut", 0, Map.of()));
    }

    /** No fault, for a request that must not take the armed one (a redirect before the real answer). */
    public Fault none() {
        return new Fault("none", 0, Map.of());
    }

    /** The fault armed for this request, disarmed for the next ones. */
    public Fault take() {
        Fault fault = armed.getAndSet(null);
        return fault == null ? new Fault("none", 0, Map.of()) : fault;
    }

    /** Sends a 200 with {@code body}, only its first half when {@code cut}: the client sees the connection end early. */
    public static void write(HttpExchange exchange, byte[] body, boolean cut) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body, 0, cut ? body.length / 2 : body.length);
        exchange.getResponseBody().flush();
        exchange.close();
    }

    /** Lets hanging requests end (the test is over). */
    public void releaseAll() {
        release.countDown();
    }
}
