package org.comptoir.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.comptoir.Comptoir;
import org.comptoir.enrich.Enricher;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.comptoir.team.BusinessHours;
import org.comptoir.team.HoursSpec;
import org.comptoir.team.Team;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deadlines in business hours (week-ends, holidays, clock changes), their states, the breach filter and the metrics. */
class ResponseTargetsTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final BusinessHours OFFICE = new BusinessHours(PARIS, HoursSpec.parse("mon-fri 09:00-18:00"),
            java.util.Set.of(LocalDate.parse("2026-05-01")));
    static final Author MARIE = new Author("2", "@marie", "Marie", 10L);
    static final Author PAUL = new Author("3", "@paul", "Paul", 10L);
    static final Author LEA = new Author("4", "@lea", "Léa", 10L);
    static final Author BRAND = new Author("1", "@fournil", "Fournil", 10L);
    @TempDir
    Path dir;
    Comptoir comptoir;

    @BeforeEach
    void open() {
        comptoir = Comptoir.open(dir, Enricher.none(), Clock.fixed(NOW, ZoneOffset.UTC));
        comptoir.workspaces().create("w", "w", null);
        comptoir.employees().replace("w", List.of("@fournil"));
    }

    @AfterEach
    void close() {
        comptoir.close();
    }

    static Conversation opened(String at, Instant firstResponse, ConversationStatus status, Instant resolved) {
        return new Conversation(1, "w", status, null, Priority.NORMAL, null, null, List.of(), "x", "@marie", "Marie", "x:1", "t",
                null, null, Instant.parse(at), Instant.parse(at), null, firstResponse, resolved);
    }

    static Deadline at(Conversation c, int firstMinutes, int resolutionMinutes, BusinessHours hours, String now) {
        return ResponseTargets.compute(c, new ResponseTargets.Target(firstMinutes, resolutionMinutes), hours, Instant.parse(now));
    }

    @Test
    void aDeadlineSkipsTheWeekEndAndHolidays() {
        // Friday 2026-03-13 17:00 Paris (16:00Z), 2 working hours: 1 h on Friday, 1 h on Monday → Monday 10:00 Paris
        Deadline d = at(opened("2026-03-13T16:00:00Z", null, ConversationStatus.OPEN, null), 120, 600, OFFICE, "2026-03-13T16:30:00Z");
        assertThat(d.firstResponseDue()).isEqualTo(Instant.parse("2026-03-16T09:00:00Z"));
        // Thursday 2026-04-30 17:30 Paris (15:30Z), 1 h: 30 min Thursday, Friday 1 May is a holiday → Monday 4 May 09:30 Paris
        Deadline holiday = at(opened("2026-04-30T15:30:00Z", null, ConversationStatus.OPEN, null), 60, 600, OFFICE, "2026-04-30T15:31:00Z");
        assertThat(holiday.firstResponseDue()).isEqualTo(Instant.parse("2026-05-04T07:30:00Z"));
    }

    @Test
    void aDeadlineAcrossTheSpringClockChangeCountsRealHours() {
        BusinessHours always = new BusinessHours(PARIS, HoursSpec.parse("mon-sun 00:00-24:00"), java.util.Set.of());
        // Saturday 2026-03-28 12:00 CET; 24 working hours later is Sunday 13:00 CEST (the night lost an hour)
        Deadline d = at(opened("2026-03-28T11:00:00Z", null, ConversationStatus.OPEN, null), 24 * 60, 48 * 60, always, "2026-03-28T12:00:00Z");
        assertThat(d.firstResponseDue()).isEqualTo(Instant.parse("2026-03-29T11:00:00Z"));
        // an office day on the day of the change keeps its 9 h: Friday 27 17:00 CET + 2 h → Monday 30 10:00 CEST
        Deadline office = at(opened("2026-03-27T16:00:00Z", null, ConversationStatus.OPEN, null), 120, 600, OFFICE, "2026-03-27T16:00:00Z");
        assertThat(office.firstResponseDue()).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    }

    @Test
    void statesOkSoonBreachMetAndMissed() {
        Conversation waiting = opened("2026-03-10T08:00:00Z", null, ConversationStatus.OPEN, null); // Tuesday 09:00 Paris
        assertThat(at(waiting, 60, 480, OFFICE, "2026-03-10T08:30:00Z").state()).isEqualTo(Deadline.State.OK);
        assertThat(at(waiting, 60, 480, OFFICE, "2026-03-10T08:50:00Z").state()).as("10 of 60 minutes left").isEqualTo(Deadline.State.SOON);
        assertThat(at(waiting, 60, 480, OFFICE, "2026-03-10T09:01:00Z").state()).isEqualTo(Deadline.State.BREACH);
        Conversation answered = opened("2026-03-10T08:00:00Z", Instant.parse("2026-03-10T08:20:00Z"), ConversationStatus.PENDING, null);
        assertThat(at(answered, 60, 480, OFFICE, "2026-03-10T10:00:00Z").state()).isEqualTo(Deadline.State.OK);
        assertThat(at(answered, 60, 480, OFFICE, "2026-03-10T17:00:00Z").state()).as("past resolution").isEqualTo(Deadline.State.BREACH);
        Conversation lateAnswer = opened("2026-03-10T08:00:00Z", Instant.parse("2026-03-10T10:00:00Z"), ConversationStatus.PENDING, null);
        assertThat(at(lateAnswer, 60, 480, OFFICE, "2026-03-10T10:00:00Z").state()).isEqualTo(Deadline.State.BREACH);
        Conversation done = opened("2026-03-10T08:00:00Z", Instant.parse("2026-03-10T08:20:00Z"), ConversationStatus.RESOLVED,
                Instant.parse("2026-03-10T12:00:00Z"));
        assertThat(at(done, 60, 480, OFFICE, "2026-03-11T12:00:00Z").state()).isEqualTo(Deadline.State.MET);
        assertThat(at(done, 60, 120, OFFICE, "2026-03-11T12:00:00Z").state()).isEqualTo(Deadline.State.MISSED);
        assertThat(ResponseTargets.compute(waiting, null, OFFICE, NOW)).isEqualTo(Deadline.NONE);
        assertThatThrownBy(() -> new ResponseTargets.Target(60, 30)).hasMessageContaining("before the first response");
    }

    void store(Post... posts) {
        Pipeline pipeline = comptoir.pipelines().get("w");
        pipeline.process(List.of(posts));
        pipeline.commit();
    }

    static Post post(String id, Author author, String text, String at, String inReplyTo) {
        return new Post(id, Network.X, null, author, text, null, "fr", Instant.parse(at), inReplyTo, Metrics.NONE, null, null);
    }

    @Test
    void theBreachFilterTheTeamsHoursAndTheMetrics() throws Exception {
        Inbox inbox = comptoir.inbox();
        assertThat(inbox.list("w", InboxQuery.from(Map.of("breach", "true"))).total()).as("no targets: nothing breaches").isZero();
        inbox.targets().save("w", new ResponseTargets.Settings("mon-sun 00:00-24:00", List.of(),
                Map.of(Priority.NORMAL, new ResponseTargets.Target(60, 8 * 60))));
        store(post("x:1", MARIE, "@fournil un", "2026-03-10T08:00:00Z", null),
                post("x:2", PAUL, "@fournil deux", "2026-03-10T11:10:00Z", null),
                post("x:3", LEA, "@fournil trois", "2026-03-10T11:50:00Z", null),
                post("x:4", new Author("5", "@zoe", "Zoé", 1L), "@fournil quatre", "2026-03-10T07:00:00Z", null),
                post("x:5", BRAND, "@zoe bonjour", "2026-03-10T07:30:00Z", "x:4"));
        assertThat(inbox.list("w", InboxQuery.from(Map.of("breach", "true"))).conversations()).extracting(Conversation::rootPost)
                .containsExactly("x:1");
        assertThat(inbox.list("w", InboxQuery.from(Map.of("breach", "soon"))).conversations()).extracting(Conversation::rootPost)
                .containsExactly("x:2");
        assertThatThrownBy(() -> InboxQuery.from(Map.of("breach", "maybe"))).hasMessageContaining("true or soon");
        long x1 = inbox.list("w", InboxQuery.from(Map.of("breach", "true"))).conversations().get(0).id();
        comptoir.teams().save(new Team("w", "nuit", null, ZoneId.of("UTC"), "mon-sun 00:00-24:00", List.of(), List.of()));
        comptoir.teams().save(new Team("w", "bureau", null, PARIS, "mon-fri 12:00-18:00", List.of(), List.of()));
        inbox.update("w", x1, new ConversationChange(null, null, null, "bureau", null, null, null));
        assertThat(inbox.deadlines("w", List.of(inbox.get("w", x1).conversation())).get(x1).firstResponseDue())
                .as("counted in its team's hours: opened before 12:00 Paris, due 13:00 Paris").isEqualTo(Instant.parse("2026-03-10T12:00:00Z"));
        Map<String, Object> metrics = inbox.metrics("w", Instant.parse("2026-03-10T00:00:00Z"), Instant.parse("2026-03-11T00:00:00Z"));
        assertThat(metrics).containsEntry("conversations", 4).containsEntry("answered", 1)
                .containsEntry("median_first_response_minutes", 30.0).containsEntry("first_response_within_target", 1.0)
                .containsEntry("first_response_decided", 1);
        assertThat((List<?>) metrics.get("teams")).hasSize(2);
    }

    @Test
    void aSnoozedConversationsClocksStopUntilItWakes() throws Exception {
        // opened Tuesday 2026-03-10 09:00 Paris; normal: first response within 6 working hours (15:00 Paris without a pause)
        comptoir.inbox().targets().save("w", new ResponseTargets.Settings("mon-fri 09:00-18:00", List.of(),
                Map.of(Priority.NORMAL, new ResponseTargets.Target(360, 2400))));
        store(post("x:1", MARIE, "@fournil un", "2026-03-10T08:00:00Z", null));
        long id = comptoir.inbox().list("w", InboxQuery.all()).conversations().get(0).id();
        // snoozed at 13:00 Paris (4 h used) until Friday 13 09:00 Paris
        comptoir.inbox().update("w", id, new ConversationChange(ConversationStatus.SNOOZED, Instant.parse("2026-03-13T08:00:00Z"),
                null, null, null, null, null));
        reopenAt("2026-03-12T12:00:00Z"); // Thursday 13:00 Paris, still snoozed: 2 h left from now
        Deadline thursday = deadline(id);
        assertThat(thursday.firstResponseDue()).isEqualTo(Instant.parse("2026-03-12T14:00:00Z"));
        assertThat(thursday.state()).as("not missed while snoozed").isEqualTo(Deadline.State.OK);
        reopenAt("2026-03-16T12:00:00Z"); // Monday: it woke on Friday 09:00 Paris, the 2 h left ran out at 11:00 Paris
        Deadline monday = deadline(id);
        assertThat(comptoir.inbox().get("w", id).conversation().status()).isEqualTo(ConversationStatus.OPEN);
        assertThat(monday.firstResponseDue()).isEqualTo(Instant.parse("2026-03-13T10:00:00Z"));
        assertThat(monday.state()).isEqualTo(Deadline.State.BREACH);
    }

    @Test
    void reopeningBeforeTheSnoozeDateRestartsTheClocksThen() throws Exception {
        comptoir.inbox().targets().save("w", new ResponseTargets.Settings("mon-fri 09:00-18:00", List.of(),
                Map.of(Priority.NORMAL, new ResponseTargets.Target(360, 2400))));
        store(post("x:1", MARIE, "@fournil un", "2026-03-10T08:00:00Z", null));
        long id = comptoir.inbox().list("w", InboxQuery.all()).conversations().get(0).id();
        comptoir.inbox().update("w", id, new ConversationChange(ConversationStatus.SNOOZED, Instant.parse("2026-03-20T08:00:00Z"),
                null, null, null, null, null));
        reopenAt("2026-03-11T08:00:00Z"); // Wednesday 09:00 Paris, reopened by hand: 2 h left → 11:00 Paris
        comptoir.inbox().update("w", id, new ConversationChange(ConversationStatus.OPEN, null, null, null, null, null, null));
        assertThat(deadline(id).firstResponseDue()).isEqualTo(Instant.parse("2026-03-11T10:00:00Z"));
        reopenAt("2026-03-12T08:00:00Z");
        assertThat(deadline(id).firstResponseDue()).as("the pause ended when it was reopened").isEqualTo(Instant.parse("2026-03-11T10:00:00Z"));
        assertThat(deadline(id).state()).isEqualTo(Deadline.State.BREACH);
        assertThat(comptoir.inbox().list("w", InboxQuery.from(Map.of("breach", "true"))).total()).isEqualTo(1);
    }

    private void reopenAt(String now) {
        comptoir.close();
        comptoir = Comptoir.open(dir, Enricher.none(), Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    private Deadline deadline(long id) {
        Conversation c = comptoir.inbox().get("w", id).conversation();
        return comptoir.inbox().deadlines("w", List.of(c)).get(id);
    }
}
