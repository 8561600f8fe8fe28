package org.comptoir.inbox.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReplySender} must do, against its network's API served on loopback in the real wire format:
 * publish the reply under the post answered, publish once per idempotency key, and say what a failure means
 * (refused credentials: not retryable; 429: retryable after {@code Retry-After}; 5xx: retryable).
 */
abstract class ReplySenderContract {
    FakeNetwork network;
    ReplySender sender;

    abstract FakeNetwork startNetwork();

    abstract ReplySender sender(HttpClient http);

    /** The account the fake network accepts, or one with a wrong secret. */
    abstract ReplyAccount account(URI base, boolean goodSecret);

    /** The Comptoir id of a post the fake network holds. */
    abstract String answeredPost();

    @BeforeEach
    void start() {
        network = startNetwork();
        sender = sender(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    @AfterEach
    void stop() {
        network.close();
    }

    OutgoingReply reply(String key, String text) {
        return new OutgoingReply(key, answeredPost(), text, Instant.parse("2026-03-10T09:15:00.123456Z"));
    }

    @Test
    void publishesTheReplyUnderThePostAndReturnsItsIdAndLink() throws Exception {
        ReplySender.Sent sent = sender.send(account(network.base(), true), reply("k-1", "Bonjour Marie, on regarde ça ^Lucie"));
        assertThat(network.published).containsExactly("Bonjour Marie, on regarde ça ^Lucie");
        assertThat(network.problems).isEmpty();
        assertThat(sent.remoteId()).startsWith(sender.network() + ":");
        assertThat(sent.url()).startsWith("http");
    }

    @Test
    void theSameIdempotencyKeyPublishesOnce() throws Exception {
        ReplySender.Sent first = sender.send(account(network.base(), true), reply("k-2", "Une seule fois"));
        ReplySender.Sent again = sender.send(account(network.base(), true), reply("k-2", "Une seule fois"));
        assertThat(network.published).hasSize(1);
        assertThat(again.remoteId()).isEqualTo(first.remoteId());
        assertThat(network.problems).isEmpty();
    }

    @Test
    void refusedCredentialsFailWithoutRetry() {
        assertThatThrownBy(() -> sender.send(account(network.base(), false), reply("k-3", "Bonjour")))
                .isInstanceOfSatisfying(ReplyFailure.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReplyFailure.Reason.UNAUTHORISED);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("401");
                });
        assertThat(network.published).isEmpty();
    }

    @Test
    void rateLimitingIsRetryableAfterWhatTheNetworkAsked() throws Exception {
        network.failNext(429, "42");
        assertThatThrownBy(() -> sender.send(account(network.base(), true), reply("k-4", "Bonjour")))
                .isInstanceOfSatisfying(ReplyFailure.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReplyFailure.Reason.RATE_LIMITED);
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(42));
                });
        assertThat(network.published).isEmpty();
        sender.send(account(network.base(), true), reply("k-4", "Bonjour"));
        assertThat(network.published).containsExactly("Bonjour");
    }

    @Test
    void aServerErrorIsRetryable() {
        network.failNext(500, null);
        assertThatThrownBy(() -> sender.send(account(network.base(), true), reply("k-5", "Bonjour")))
                .isInstanceOfSatisfying(ReplyFailure.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReplyFailure.Reason.UNAVAILABLE);
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.retryAfter()).isNull();
                });
        assertThat(network.published).isEmpty();
    }

    @Test
    void aPostOfAnotherNetworkIsRefusedWithoutCallingTheNetwork() {
        assertThatThrownBy(() -> sender.send(account(network.base(), true),
                new OutgoingReply("k-6", "x:123", "Bonjour", Instant.parse("2026-03-10T09:15:00Z"))))
                .isInstanceOfSatisfying(ReplyFailure.class, e -> assertThat(e.reason()).isEqualTo(ReplyFailure.Reason.REJECTED));
        assertThat(network.requests).isEmpty();
    }

    @Test
    void anUnreachableNetworkIsRetryable() throws Exception {
        URI closed = network.base();
        network.close();
        assertThatThrownBy(() -> sender.send(account(closed, true), reply("k-7", "Bonjour")))
                .isInstanceOfSatisfying(ReplyFailure.class, e -> assertThat(e.retryable()).isTrue());
    }
}
