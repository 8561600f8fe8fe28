package org.comptoir.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.comptoir.Comptoir;
import org.comptoir.account.Role;
import org.comptoir.enrich.Enricher;
import org.comptoir.events.Actor;
import org.comptoir.inbox.reply.Reply;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posts become conversations, and agents work them: threading rules, filters, changes, notes and replies. */
class InboxTest {
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final Author BRAND = new Author("1", "@Fournil", "Fournil Dupain", 5000L);
    static final Author MARIE = new Author("2", "@marie", "Marie", 10L);
    static final Author PAUL = new Author("3", "@paul", "Paul", 10L);
    @TempDir
    Path dir;
    Comptoir comptoir;
    Inbox inbox;

    @BeforeEach
    void open() {
        comptoir = Comptoir.open(dir, Enricher.none(), Clock.fixed(NOW, ZoneOffset.UTC));
        comptoir.workspaces().create("w", "w", null);
        comptoir.employees().replace("w", List.of("@fournil"));
        comptoir.accounts().add("agent", "agent-password", false);
        comptoir.accounts().grant("agent", "w", Role.AGENT);
        comptoir.accounts().add("viewer", "viewer-password", false);
        comptoir.accounts().grant("viewer", "w", Role.VIEWER);
        inbox = comptoir.inbox();
    }

    @AfterEach
    void close() {
        comptoir.close();
    }

    static Post post(String id, Author author, String text, String at, String inReplyTo) {
        return new Post(id, Network.X, "https://x.example/" + id, author, text, null, "fr", Instant.parse(at), inReplyTo,
                Metrics.NONE, null, null);
    }

    void store(Post... posts) {
        Pipeline pipeline = comptoir.pipelines().get("w");
        pipeline.process(List.of(posts));
        pipeline.commit();
    }

    List<Conversation> all() throws Exception {
        return inbox.list("w", InboxQuery.all()).conversations();
    }

    @Test
    void aPostMentioningAnOwnAccountOpensAConversationAndTheThreadJoinsIt() throws Exception {
        store(post("x:1", MARIE, "@Fournil ma baguette est crue", "2026-03-10T08:00:00Z", null),
                post("x:2", PAUL, "pareil pour moi", "2026-03-10T08:05:00Z", "x:1"),
                post("x:3", PAUL, "sans rapport avec personne", "2026-03-10T08:06:00Z", null));
        assertThat(all()).singleElement().satisfies(c -> {
            assertThat(c.rootPost()).isEqualTo("x:1");
            assertThat(c.status()).isEqualTo(ConversationStatus.OPEN);
            assertThat(c.waitingSince()).isEqualTo(Instant.parse("2026-03-10T08:00:00Z"));
        });
        long id = all().get(0).id();
        assertThat(inbox.get("w", id).timeline()).extracting(TimelineItem::postId).containsExactly("x:1", "x:2");
    }

    @Test
    void theBrandsAnswerJoinsAsOutgoingAndTheConversationWaitsOnThePerson() throws Exception {
        store(post("x:1", MARIE, "@fournil ouvert dimanche ?", "2026-03-10T08:00:00Z", null),
                post("x:2", BRAND, "@marie oui, de 8 h à 13 h ^Lucie", "2026-03-10T08:30:00Z", "x:1"));
        Conversation c = all().get(0);
        assertThat(c.status()).isEqualTo(ConversationStatus.PENDING);
        assertThat(c.firstResponseAt()).isEqualTo(Instant.parse("2026-03-10T08:30:00Z"));
        assertThat(c.waitingSince()).isNull();
        assertThat(inbox.get("w", c.id()).timeline()).extracting(TimelineItem::kind)
                .containsExactly(TimelineItem.Kind.INCOMING, TimelineItem.Kind.OUTGOING);
        store(post("x:3", MARIE, "merci !", "2026-03-10T09:00:00Z", "x:2"));
        assertThat(all().get(0).status()).as("the person came back: open again").isEqualTo(ConversationStatus.OPEN);
    }

    @Test
    void aReplyToTheBrandsOwnPostOpensAConversationButTheBrandsPostDoesNot() throws Exception {
        store(post("x:1", BRAND, "Nouvelle baguette aux graines", "2026-03-10T07:00:00Z", null),
                post("x:2", MARIE, "trop chère", "2026-03-10T07:30:00Z", "x:1"));
        assertThat(all()).extracting(Conversation::rootPost).containsExactly("x:2");
    }

    @Test
    void postsOfAnEngageTopicOpenConversationsAndOtherTopicsDoNot() throws Exception {
        comptoir.topics().save("w", "engaged", "baguette", null, null, true);
        comptoir.topics().save("w", "watched", "croissant", null, null, false);
        store(post("x:1", MARIE, "une baguette parfaite", "2026-03-10T08:00:00Z", null),
                post("x:2", PAUL, "un croissant parfait", "2026-03-10T08:00:00Z", null));
        assertThat(all()).extracting(Conversation::rootPost).containsExactly("x:1");
    }

    @Test
    void anAuthorsNewPostWithinTheWindowJoinsTheirOpenConversationAndLaterOnesOpenAnother() throws Exception {
        store(post("x:1", MARIE, "@fournil la file d'attente !", "2026-03-08T08:00:00Z", null),
                post("x:2", MARIE, "@fournil toujours la file", "2026-03-08T20:00:00Z", null),
                post("x:3", MARIE, "@fournil encore la file", "2026-03-10T08:00:00Z", null));
        assertThat(all()).hasSize(2);
        assertThat(all()).extracting(Conversation::rootPost).containsExactly("x:3", "x:1");
    }

    @Test
    void mentionsAreWholeHandles() {
        assertThat(Threader.mentions("merci @fournil!", java.util.Set.of("fournil"))).isTrue();
        assertThat(Threader.mentions("merci @fournil_bis", java.util.Set.of("fournil"))).isFalse();
        assertThat(Threader.mentions("voir u/fournil_officiel", java.util.Set.of("u/fournil_officiel"))).isTrue();
        assertThat(Threader.mentions("écrivez à contact@fournil.example", java.util.Set.of("fournil"))).isFalse();
    }

    @Test
    void aPendingConversationQuietForThreeDaysIsResolvedWithAnEvent() throws Exception {
        store(post("x:1", MARIE, "@fournil une question", "2026-03-01T08:00:00Z", null),
                post("x:2", BRAND, "@marie réponse", "2026-03-01T09:00:00Z", "x:1"));
        Conversation c = all().get(0);
        assertThat(c.status()).isEqualTo(ConversationStatus.RESOLVED);
        assertThat(inbox.get("w", c.id()).timeline()).last().satisfies(i -> assertThat(i.kind()).isEqualTo(TimelineItem.Kind.EVENT));
    }

    @Test
    void backfillThreadsStoredPostsOnceHoweverOftenItRuns() throws Exception {
        store(post("x:1", MARIE, "@fournil bonjour", "2026-03-10T08:00:00Z", null));
        assertThat(inbox.backfill("w")).isZero();
        Sql.update(comptoir, "delete from conversation");
        assertThat(inbox.backfill("w")).isEqualTo(1);
        assertThat(inbox.backfill("w")).isZero();
        assertThat(all()).hasSize(1);
    }

    @Test
    void filtersByStatusAssigneeAndAQueryOverThePosts() throws Exception {
        store(post("x:1", MARIE, "@fournil baguette crue", "2026-03-10T08:00:00Z", null),
                post("x:2", PAUL, "@fournil croissant rassis", "2026-03-10T08:00:00Z", null));
        long paul = all().stream().filter(c -> c.rootPost().equals("x:2")).findFirst().orElseThrow().id();
        new Actor("agent", null).run(() -> inbox.update("w", paul, change(ConversationStatus.RESOLVED, "me")));
        assertThat(inbox.list("w", InboxQuery.from(Map.of("status", "open"))).conversations()).extracting(Conversation::rootPost)
                .containsExactly("x:1");
        assertThat(inbox.list("w", InboxQuery.from(Map.of("assignee", "agent"))).conversations()).extracting(Conversation::rootPost)
                .containsExactly("x:2");
        assertThat(inbox.list("w", InboxQuery.from(Map.of("assignee", "none"))).total()).isEqualTo(1);
        assertThat(inbox.list("w", InboxQuery.from(Map.of("q", "croissant"))).conversations()).extracting(Conversation::rootPost)
                .containsExactly("x:2");
        assertThatThrownBy(() -> InboxQuery.from(Map.of("status", "closed"))).hasMessageContaining("open, pending");
        assertThatThrownBy(() -> InboxQuery.from(Map.of("limit", "0"))).hasMessageContaining("between 1 and 200");
    }

    static ConversationChange change(ConversationStatus status, String assignee) {
        return new ConversationChange(status, null, null, null, assignee, null, null);
    }

    @Test
    void changesAreCheckedAndWrittenInTheTimelineWithWhoDidThem() throws Exception {
        store(post("x:1", MARIE, "@fournil bonjour", "2026-03-10T08:00:00Z", null));
        long id = all().get(0).id();
        Actor agent = new Actor("agent", null);
        assertThatThrownBy(() -> inbox.update("w", id, change(null, "viewer"))).hasMessageContaining("not an agent");
        assertThatThrownBy(() -> inbox.update("w", id, new ConversationChange(null, null, null, "Support Team!", null, null, null)))
                .hasMessageContaining("team");
        assertThatThrownBy(() -> inbox.update("w", id, new ConversationChange(ConversationStatus.SNOOZED, null, null, null, null, null, null)))
                .hasMessageContaining("snoozed_until");
        Conversation c = agent.run(() -> inbox.update("w", id, new ConversationChange(ConversationStatus.RESOLVED, null,
                Priority.HIGH, "support", "agent", List.of("Baguette", "baguette", "qualité"), null)));
        assertThat(c.status()).isEqualTo(ConversationStatus.RESOLVED);
        assertThat(c.resolvedAt()).isEqualTo(NOW);
        assertThat(c.tags()).containsExactly("baguette", "qualité");
        assertThat(inbox.get("w", id).timeline()).filteredOn(i -> i.kind() == TimelineItem.Kind.EVENT)
                .extracting(TimelineItem::author, TimelineItem::body)
                .contains(org.assertj.core.groups.Tuple.tuple("agent", "status: open → resolved"),
                        org.assertj.core.groups.Tuple.tuple("agent", "assigned to agent"),
                        org.assertj.core.groups.Tuple.tuple("agent", "team: — → support"));
        assertThatThrownBy(() -> inbox.get("w", id + 1000)).isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(comptoir.audit().list("w", 20)).filteredOn(e -> e.action().equals("conversation_updated"))
                .extracting(e -> e.actor() + " " + e.detail()).contains("agent status: open → resolved", "agent assigned to agent");
    }

    @Test
    void aConversationOfAnotherWorkspaceIsNotFound() throws Exception {
        comptoir.workspaces().create("v", "v", null);
        store(post("x:1", MARIE, "@fournil bonjour", "2026-03-10T08:00:00Z", null));
        long id = all().get(0).id();
        assertThatThrownBy(() -> inbox.get("v", id)).isInstanceOf(java.util.NoSuchElementException.class);
        assertThatThrownBy(() -> inbox.note("v", id, "psst")).isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void notesAndRepliesGoInTheTimelineAndAReplyWithoutAnAccountFailsWithItsReason() throws Exception {
        store(post("x:1", MARIE, "@fournil bonjour", "2026-03-10T08:00:00Z", null));
        long id = all().get(0).id();
        Actor agent = new Actor("agent", null);
        agent.run(() -> inbox.note("w", id, "cliente fidèle"));
        assertThatThrownBy(() -> inbox.note("w", id, "  ")).hasMessageContaining("needs a text");
        assertThat(inbox.get("w", id).canReply()).isFalse();
        Reply reply = agent.run(() -> inbox.reply("w", id, "Bonjour Marie !", null));
        assertThat(reply.state()).isEqualTo(Reply.State.QUEUED);
        assertThat(reply.inReplyTo()).isEqualTo("x:1");
        assertThat(all().get(0).status()).isEqualTo(ConversationStatus.PENDING);
        assertThat(all().get(0).firstResponseAt()).isEqualTo(NOW);
        assertThat(inbox.sendDueReplies()).isZero();
        Inbox.Detail detail = inbox.get("w", id);
        assertThat(detail.replies()).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(Reply.State.FAILED);
            assertThat(r.error()).contains("cannot send replies on x");
        });
        assertThat(detail.timeline()).extracting(TimelineItem::kind).containsExactly(TimelineItem.Kind.INCOMING,
                TimelineItem.Kind.NOTE, TimelineItem.Kind.OUTGOING, TimelineItem.Kind.EVENT);
        assertThatThrownBy(() -> inbox.reply("w", id, "hop", "x:999")).hasMessageContaining("not in conversation");
        assertThat(comptoir.audit().list("w", 20)).extracting(e -> e.action())
                .contains("note_added", "reply_queued", "reply_failed");
        assertThat(comptoir.audit().list("w", 20)).extracting(e -> String.valueOf(e.detail())).noneMatch(d -> d.contains("cliente fidèle"));
    }

    @Test
    void aSecondAnswerAfterWhatTheAgentSawIsRefusedUntilConfirmed() throws Exception {
        store(post("x:1", MARIE, "@fournil bonjour", "2026-03-10T08:00:00Z", null));
        long id = all().get(0).id();
        long seen = inbox.get("w", id).lastItemId();
        new Actor("paul", null).run(() -> inbox.reply("w", id, "Bonjour Marie", null, seen));
        assertThatThrownBy(() -> new Actor("agent", null).run(() -> inbox.reply("w", id, "Bonjour !", null, seen)))
                .isInstanceOfSatisfying(AnsweredMeanwhile.class, e -> {
                    assertThat(e.other().body()).isEqualTo("Bonjour Marie");
                    assertThat(e.getMessage()).startsWith("paul answered at");
                });
        assertThat(inbox.get("w", id).replies()).hasSize(1);
        long now = inbox.get("w", id).lastItemId();
        new Actor("agent", null).run(() -> inbox.reply("w", id, "Bonjour !", null, now));
        new Actor("agent", null).run(() -> inbox.reply("w", id, "Et encore", null, null));
        assertThat(inbox.get("w", id).replies()).hasSize(3);
    }

    @Test
    void aSnoozedConversationWakesUpWhenItsDateHasCome() throws Exception {
        store(post("x:1", MARIE, "@fournil bonjour", "2026-03-10T08:00:00Z", null));
        long id = all().get(0).id();
        Conversation snoozed = inbox.update("w", id, new ConversationChange(ConversationStatus.SNOOZED,
                NOW.plusSeconds(3600), null, null, null, null, null));
        assertThat(snoozed.status()).isEqualTo(ConversationStatus.SNOOZED);
        assertThat(inbox.get("w", id).conversation().status()).isEqualTo(ConversationStatus.SNOOZED);
        org.comptoir.sql.Sql.update(comptoir.dataSource(), "update conversation set snoozed_until = ? where id = ?",
                java.sql.Timestamp.from(NOW.minusSeconds(1)), id);
        assertThat(inbox.get("w", id).conversation().status()).isEqualTo(ConversationStatus.OPEN);
        assertThat(inbox.get("w", id).conversation().snoozedUntil()).isNull();
    }

    /** Raw SQL for set-ups only. */
    static final class Sql {
        static void update(Comptoir comptoir, String sql) {
            org.comptoir.sql.Sql.update(comptoir.dataSource(), sql);
        }
    }
}
