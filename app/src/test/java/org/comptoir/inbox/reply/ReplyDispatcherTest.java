package org.comptoir.inbox.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.comptoir.Comptoir;
import org.comptoir.enrich.Enricher;
import org.comptoir.events.Actor;
import org.comptoir.inbox.Inbox;
import org.comptoir.inbox.InboxQuery;
import org.comptoir.inbox.TimelineItem;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.comptoir.sql.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The durable reply queue: sent with its key, retried with backoff, never sent twice across a restart, secrets sealed. */
class ReplyDispatcherTest {
    @TempDir
    Path dir;
    final MovableClock clock = new MovableClock(Instant.parse("2026-03-10T12:00:00Z"));
    FakeMastodon mastodon;
    Comptoir comptoir;
    Inbox inbox;
    long conversation;
    final List<Object> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        mastodon = new FakeMastodon();
        comptoir = Comptoir.open(dir, Enricher.none(), clock);
        comptoir.workspaces().create("w", "w", null);
        comptoir.employees().replace("w", List.of("@fournil@social.example"));
        comptoir.events().subscribe(ReplySent.class, events::add);
        comptoir.events().subscribe(ReplyFailed.class, events::add);
        inbox = comptoir.inbox();
        Pipeline pipeline = comptoir.pipelines().get("w");
        pipeline.process(List.of(new Post("mastodon:" + FakeMastodon.KNOWN_STATUS, Network.MASTODON, "https://piaille.example/@marie/1",
                new Author("7", "@marie@piaille.example", "Marie", 3L), "@fournil@social.example bonjour ?", null, "fr",
                Instant.parse("2026-03-10T11:00:00Z"), null, Metrics.NONE, null, null)));
        pipeline.commit();
        conversation = inbox.list("w", InboxQuery.all()).conversations().get(0).id();
        comptoir.replyAccounts().save("w", "mastodon", mastodon.base().toString(), "@fournil", FakeMastodon.TOKEN, clock.instant());
    }

    @AfterEach
    void close() {
        comptoir.close();
        mastodon.close();
    }

    Reply queue(String text) {
        return new Actor("agent", null).run(() -> inbox.reply("w", conversation, text, null));
    }

    Reply reload(Reply reply) {
        return inbox.get("w", conversation).replies().stream().filter(r -> r.id() == reply.id()).findFirst().orElseThrow();
    }

    @Test
    void aQueuedReplyIsSentAndItsTimelineItemBecomesThePost() {
        assertThat(inbox.get("w", conversation).canReply()).isTrue();
        Reply reply = queue("Bonjour Marie !");
        assertThat(inbox.sendDueReplies()).isEqualTo(1);
        Reply sent = reload(reply);
        assertThat(sent.state()).isEqualTo(Reply.State.SENT);
        assertThat(sent.remoteId()).startsWith("mastodon:2");
        assertThat(mastodon.published).containsExactly("Bonjour Marie !");
        assertThat(inbox.get("w", conversation).timeline()).filteredOn(i -> i.kind() == TimelineItem.Kind.OUTGOING)
                .singleElement().satisfies(i -> assertThat(i.postId()).isEqualTo(sent.remoteId()));
        assertThat(events).singleElement().isInstanceOf(ReplySent.class);
    }

    @Test
    void rateLimitedRepliesWaitAtLeastWhatTheNetworkAskedThenGo() {
        mastodon.failNext(429, "120");
        Reply reply = queue("Bonjour");
        assertThat(inbox.sendDueReplies()).isZero();
        Reply waiting = reload(reply);
        assertThat(waiting.state()).isEqualTo(Reply.State.QUEUED);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(120));
        assertThat(waiting.error()).contains("429");
        clock.move(Duration.ofSeconds(119));
        assertThat(inbox.sendDueReplies()).as("not before Retry-After").isZero();
        clock.move(Duration.ofSeconds(1));
        assertThat(inbox.sendDueReplies()).isEqualTo(1);
        assertThat(mastodon.published).containsExactly("Bonjour");
    }

    @Test
    void backoffDoublesAndRespectsRetryAfter() {
        assertThat(ReplyDispatcher.backoff(1, null)).isEqualTo(Duration.ofSeconds(30));
        assertThat(ReplyDispatcher.backoff(3, null)).isEqualTo(Duration.ofMinutes(2));
        assertThat(ReplyDispatcher.backoff(1, Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
        assertThat(ReplyDispatcher.backoff(4, Duration.ofSeconds(1))).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void refusedCredentialsFailTheReplyAtOnceWithTheReason() {
        comptoir.replyAccounts().save("w", "mastodon", mastodon.base().toString(), "@fournil", "revoked", clock.instant());
        Reply reply = queue("Bonjour");
        inbox.sendDueReplies();
        Reply failed = reload(reply);
        assertThat(failed.state()).isEqualTo(Reply.State.FAILED);
        assertThat(failed.error()).contains("401");
        assertThat(events).singleElement().isInstanceOf(ReplyFailed.class);
        assertThat(inbox.get("w", conversation).timeline()).last().satisfies(i -> assertThat(i.body()).contains("failed"));
    }

    @Test
    void aReplyLeftSendingByAProcessThatStoppedIsSentOnceAfterTheRestart() throws Exception {
        Reply reply = queue("Une seule fois");
        // the stopped process had marked it sending and the network had taken it, but it never recorded the answer
        Sql.update(comptoir.dataSource(), "update reply set state = 'sending', attempts = 1 where id = ?", reply.id());
        new MastodonReplySender(java.net.http.HttpClient.newHttpClient()).send(new ReplyAccount("mastodon", mastodon.base(),
                "@fournil", FakeMastodon.TOKEN), new OutgoingReply(reply.idempotencyKey(), reply.inReplyTo(), reply.body(), reply.createdAt()));
        comptoir.close();
        comptoir = Comptoir.open(dir, Enricher.none(), clock);
        inbox = comptoir.inbox();
        assertThat(inbox.sendDueReplies()).isEqualTo(1);
        assertThat(reload(reply).state()).isEqualTo(Reply.State.SENT);
        assertThat(mastodon.published).containsExactly("Une seule fois");
        assertThat(inbox.sendDueReplies()).isZero();
    }

    @Test
    void theSecretIsSealedAtRestAndNeverListed() {
        String stored = Sql.query(comptoir.dataSource(), "select sealed_secret from reply_account where workspace = 'w'",
                row -> row.getString(1)).get(0);
        assertThat(stored).doesNotContain(FakeMastodon.TOKEN);
        assertThat(comptoir.replyAccounts().list("w")).singleElement().hasToString(
                "Summary[network=mastodon, baseUrl=" + mastodon.base() + ", handle=@fournil, updatedAt=" + clock.instant() + "]");
        assertThat(new ReplyAccount("mastodon", mastodon.base(), "@f", "s3cret").toString()).doesNotContain("s3cret");
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
