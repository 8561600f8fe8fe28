package org.comptoir.inbox.reply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.comptoir.events.Events;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued replies: marks each sending, calls its network's {@link ReplySender} with the reply's idempotency
 * key, then records it sent (publishing {@link ReplySent}) or schedules another attempt with exponential backoff
 * (at least what {@code Retry-After} asked), giving up after {@value #MAX_ATTEMPTS} attempts or at once when retrying
 * cannot help ({@link ReplyFailed}). {@link #start()} runs it every few seconds in the server; the CLI calls
 * {@link #sendDue()} itself.
 */
public final class ReplyDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyDispatcher.class);
    static final int MAX_ATTEMPTS = 6;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
    private final ReplyQueue queue;
    private final ReplyAccounts accounts;
    private final Map<String, ReplySender> senders;
    private final Events events;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public ReplyDispatcher(ReplyQueue queue, ReplyAccounts accounts, List<ReplySender> senders, Events events, Clock clock) {
        this.queue = queue;
        this.accounts = accounts;
        this.senders = senders.stream().collect(Collectors.toMap(ReplySender::network, Function.identity()));
        this.events = events;
        this.clock = clock;
    }

    /** Whether replies on {@code network} can be sent from Comptoir (else the agent answers on the network). */
    public boolean canSend(String workspace, String network) {
        return senders.containsKey(network) && accounts.open(workspace, network).isPresent();
    }

    /** Sends every reply due now; returns how many were sent. */
    public synchronized int sendDue() {
        int sent = 0;
        for (Reply reply : queue.due(clock.instant(), 50)) {
            sent += attempt(reply) ? 1 : 0;
        }
        return sent;
    }

    private boolean attempt(Reply reply) {
        ReplySender sender = senders.get(reply.network());
        Optional<ReplyAccount> account = accounts.open(reply.workspace(), reply.network());
        if (sender == null || account.isEmpty()) {
            giveUp(reply, sender == null ? "Comptoir cannot send replies on " + reply.network()
                    : "no reply account is set for " + reply.network() + " in this workspace");
            return false;
        }
        queue.sending(reply.id());
        int attempt = reply.attempts() + 1;
        try {
            ReplySender.Sent sent = sender.send(account.get(), new OutgoingReply(reply.idempotencyKey(), reply.inReplyTo(),
                    reply.body(), reply.createdAt()));
            queue.sent(reply.id(), sent.remoteId(), sent.url(), clock.instant());
            events.publish(new ReplySent(reply.workspace(), reply.conversationId(), reply.messageId(), reply.id(),
                    sent.remoteId(), sent.url()));
            return true;
        } catch (ReplyFailure e) {
            if (!e.retryable() || attempt >= MAX_ATTEMPTS) {
                giveUp(reply, e.getMessage());
            } else {
                Duration wait = backoff(attempt, e.retryAfter());
                queue.retryAt(reply.id(), e.getMessage(), clock.instant().plus(wait));
                LOG.info("reply {} not sent (attempt {}): {}; next attempt in {} s", reply.id(), attempt, e.getMessage(),
                        wait.toSeconds());
            }
            return false;
        }
    }

    /** 30 s, 1 min, 2 min… doubled per attempt, and never sooner than the network asked. */
    static Duration backoff(int attempt, Duration retryAfter) {
        Duration doubled = FIRST_BACKOFF.multipliedBy(1L << Math.min(10, attempt - 1));
        return retryAfter != null && retryAfter.compareTo(doubled) > 0 ? retryAfter : doubled;
    }

    private void giveUp(Reply reply, String error) {
        queue.failed(reply.id(), error);
        events.publish(new ReplyFailed(reply.workspace(), reply.conversationId(), reply.id(), error));
    }

    /** Sends due replies every two seconds on a daemon thread until {@link #close()}. */
    public synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "comptoir-replies");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(() -> {
                try {
                    sendDue();
                } catch (RuntimeException e) {
                    LOG.warn("sending replies failed: {}", e.toString(), e);
                }
            }, 1, 2, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

}
