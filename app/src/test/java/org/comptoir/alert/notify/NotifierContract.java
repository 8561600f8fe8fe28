package org.comptoir.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Notifier} does, against a loopback HTTP receiver: one request per send carrying the
 * alert's summary; a refusal is a failure with its reason, retryable only when trying again may help;
 * {@link Delivery} retries with growing waits and records every attempt.
 */
abstract class NotifierContract {
    /** One request the receiver got. */
    record Received(String path, Map<String, List<String>> headers, String body) {
    }

    HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    volatile int failureStatus = 503;

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
            int status = failuresLeft.getAndDecrement() > 0 ? failureStatus : 200;
            byte[] answer = (status == 200 ? "ok" : "nope").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    abstract Notifier notifier(String url);

    static Notification notification() {
        return new Notification("demo", 42, "Comptoir · Grelot — volume", "119 posts about 'Grelot Mobile' <b>where 4.7</b> were expected",
                java.util.List.of("Terms: #boycottgrelot, panne", "« <script>alert(1)</script> » — @x (x)"),
                "/alerts/42?workspace=demo", "{\"id\":42,\"summary\":\"119 posts\"}");
    }

    @Test
    void sendsOneRequestCarryingTheSummary() throws Exception {
        String answer = notifier(url()).send(notification());
        assertThat(answer).isEqualTo("HTTP 200");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).path()).isEqualTo("/hook");
        assertThat(received.get(0).body()).contains("119 posts");
        assertThat(received.get(0).headers().get("Content-type")).first().asString().startsWith("application/json");
    }

    @Test
    void aServerErrorIsARetryableFailureAndARefusalIsNot() {
        failuresLeft.set(1);
        assertThatThrownBy(() -> notifier(url()).send(notification())).isInstanceOf(Notifier.DeliveryFailed.class)
                .hasMessageContaining("HTTP 503").matches(e -> ((Notifier.DeliveryFailed) e).retryable());
        failuresLeft.set(1);
        failureStatus = 403;
        assertThatThrownBy(() -> notifier(url()).send(notification())).isInstanceOf(Notifier.DeliveryFailed.class)
                .hasMessageContaining("HTTP 403").matches(e -> !((Notifier.DeliveryFailed) e).retryable());
    }

    @Test
    void anUnreachableReceiverIsARetryableFailure() {
        String closed = url();
        server.stop(0);
        assertThatThrownBy(() -> notifier(closed).send(notification())).isInstanceOf(Notifier.DeliveryFailed.class)
                .hasMessageContaining("cannot reach 127.0.0.1").matches(e -> ((Notifier.DeliveryFailed) e).retryable());
    }

    @Test
    void deliveryRetriesWithGrowingJitteredWaitsAndRecordsEveryAttempt() {
        failuresLeft.set(2);
        List<Duration> waits = new ArrayList<>();
        List<String> log = new ArrayList<>();
        Delivery delivery = new Delivery(4, Duration.ofSeconds(1), waits::add, RandomGenerator.of("L64X128MixRandom"));
        boolean delivered = delivery.deliver("team", notifier(url()), notification(), (name, n, outcome, detail) -> log.add(n + " " + outcome + " " + detail));
        assertThat(delivered).isTrue();
        assertThat(received).hasSize(3);
        assertThat(log).containsExactly("1 retry HTTP 503 from 127.0.0.1", "2 retry HTTP 503 from 127.0.0.1", "3 sent HTTP 200");
        assertThat(waits.get(0)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(waits.get(1)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void aFinalFailureIsRecordedWithItsReason() {
        failuresLeft.set(10);
        List<String> log = new ArrayList<>();
        boolean delivered = new Delivery(3, Duration.ofMillis(1), d -> { }, RandomGenerator.getDefault())
                .deliver("team", notifier(url()), notification(), (name, n, outcome, detail) -> log.add(n + " " + outcome));
        assertThat(delivered).isFalse();
        assertThat(log).containsExactly("1 retry", "2 retry", "3 failed");
        assertThat(received).hasSize(3);
    }
}
