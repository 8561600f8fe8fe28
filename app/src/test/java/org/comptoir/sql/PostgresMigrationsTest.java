package org.comptoir.sql;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.comptoir.Comptoir;
import org.comptoir.account.Role;
import org.comptoir.contact.Contact;
import org.comptoir.contact.Identity;
import org.comptoir.enrich.Enricher;
import org.comptoir.events.Actor;
import org.comptoir.inbox.Conversation;
import org.comptoir.inbox.ConversationChange;
import org.comptoir.inbox.ConversationStatus;
import org.comptoir.inbox.Inbox;
import org.comptoir.inbox.InboxQuery;
import org.comptoir.inbox.RoutingRule;
import org.comptoir.team.Team;
import org.comptoir.testing.TestPosts;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every Flyway migration on PostgreSQL (zonky's embedded server, the real binaries), then the workflow features on
 * it through their own use cases and SQL: workspaces and accounts, teams with members, routing rules applied as
 * conversations open, the inbox (threading, filters, changes, notes, the reply queue, targets, metrics) and contacts.
 */
class PostgresMigrationsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), ZoneOffset.UTC);
    @TempDir
    static Path dir;
    static EmbeddedPostgres postgres;
    static DataSource sql;
    static Comptoir comptoir;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        sql = postgres.getPostgresDatabase();
        comptoir = Comptoir.open(dir.resolve("data"), Enricher.none(), CLOCK, sql);
    }

    @AfterAll
    static void stop() throws Exception {
        if (comptoir != null) {
            comptoir.close();
        }
        postgres.close();
    }

    @Test
    void everyMigrationIsAppliedOnPostgres() throws Exception {
        List<String> files = Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql"))
                .map(r -> r.getFilename().substring(1, r.getFilename().indexOf("__"))).sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                .toList();
        MigrationInfo[] applied = Flyway.configure().dataSource(sql).locations("classpath:db/migration").load().info().applied();
        assertThat(files).contains("1", "9", "11", "13");
        assertThat(Arrays.stream(applied).map(m -> m.getVersion().getVersion()).toList()).isEqualTo(files);
        assertThat(Arrays.stream(applied).allMatch(m -> m.getState().isApplied() && !m.getState().isFailed())).isTrue();
        try (var c = sql.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void teamsRoutingConversationsAndContactsWorkOnPostgres() throws Exception {
        comptoir.workspaces().create("pg", "pg", null);
        comptoir.employees().replace("pg", List.of("@fournil"));
        comptoir.accounts().add("agent", "agent-password", false);
        comptoir.accounts().grant("agent", "pg", Role.AGENT);

        Team support = comptoir.teams().save(new Team("pg", "support", "Service client", ZoneId.of("Europe/Paris"),
                "mon-fri 09:00-12:30 13:30-18:00", List.of(LocalDate.of(2026, 5, 1)), List.of("agent")));
        assertThat(comptoir.teams().find("pg", "support")).contains(support);
        assertThat(comptoir.teams().list("pg")).extracting(Team::members).containsExactly(List.of("agent"));

        RoutingRule rule = comptoir.routing().create(new RoutingRule(0, "pg", 0, "Pannes", true,
                new RoutingRule.Conditions(null, null, null, null, null, "panne", null, null),
                new RoutingRule.Actions("support", "round-robin", "high", List.of("réseau"), false, false), false));
        assertThat(comptoir.routing().rules("pg")).extracting(RoutingRule::name).containsExactly("Pannes");
        assertThat(comptoir.routing().rule("pg", rule.id())).isPresent();

        String posts = TestPosts.jsonl("m:1", "@fournil encore une panne", "fr", "2026-03-02T10:00:00Z") + "\n"
                + TestPosts.jsonl("m:2", "@fournil merci pour le pain", "fr", "2026-03-03T10:00:00Z").replace("@marie", "@paul") + "\n";
        comptoir.importer().importStream("pg", new ByteArrayInputStream(posts.getBytes(UTF_8)), "a.jsonl", null, null, null);

        Inbox inbox = comptoir.inbox();
        Inbox.Page all = inbox.list("pg", InboxQuery.all());
        assertThat(all.total()).isGreaterThanOrEqualTo(1);
        Conversation routed = inbox.list("pg", InboxQuery.from(Map.of("team", "support"))).conversations().get(0);
        assertThat(routed.assignee()).isEqualTo("agent");
        assertThat(routed.priority().label()).isEqualTo("high");
        assertThat(routed.tags()).contains("réseau");
        assertThat(inbox.list("pg", InboxQuery.from(Map.of("q", "panne", "assignee", "agent", "status", "open"))).total()).isEqualTo(1);

        long id = routed.id();
        new Actor("agent", null).run(() -> {
            inbox.note("pg", id, "à rappeler");
            inbox.reply("pg", id, "Bonjour, on regarde", null);
            return inbox.update("pg", id, new ConversationChange(ConversationStatus.SNOOZED, Instant.parse("2026-03-05T09:00:00Z"),
                    null, null, null, List.of("réseau", "rappel"), null));
        });
        Inbox.Detail detail = inbox.get("pg", id);
        assertThat(detail.timeline()).extracting(i -> i.kind().label()).contains("incoming", "note", "outgoing", "event");
        assertThat(detail.replies()).hasSize(1);
        assertThat(detail.conversation().status()).isEqualTo(ConversationStatus.SNOOZED);
        assertThat(inbox.deadlines("pg", List.of(detail.conversation()))).containsKey(id);
        assertThat(inbox.metrics("pg", Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-04T00:00:00Z")))
                .containsKey("median_first_response_minutes");

        // two days later (another process on the same database): the snooze woke on its date, its pause ended then
        try (Comptoir later = Comptoir.open(dir.resolve("later"), Enricher.none(),
                Clock.fixed(Instant.parse("2026-03-06T12:00:00Z"), ZoneOffset.UTC), sql)) {
            Conversation woken = later.inbox().get("pg", id).conversation();
            assertThat(woken.status()).isEqualTo(ConversationStatus.OPEN);
            try (var c = sql.getConnection(); var q = c.prepareStatement("select started_at, ended_at from conversation_pause "
                    + "where conversation_id = ?")) {
                q.setLong(1, id);
                try (var row = q.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getTimestamp(1).toInstant()).isEqualTo(CLOCK.instant());
                    assertThat(row.getTimestamp(2).toInstant()).as("ended on the snooze date").isEqualTo(Instant.parse("2026-03-05T09:00:00Z"));
                }
            }
        }

        Contact contact = comptoir.contacts().create("pg", "Marie", "cliente fidèle", List.of("vip"),
                List.of(Identity.parse("mastodon:marie@piaille.example")));
        assertThat(comptoir.contacts().get("pg", contact.id()).identities()).hasSize(1);
        assertThat(comptoir.contacts().list("pg")).extracting(Contact::name).containsExactly("Marie");
        assertThat(comptoir.contacts().profile("pg", contact.id()).contact().tags()).containsExactly("vip");

        // GDPR erasure of Marie's account on PostgreSQL: index, conversations, contact identity, quarantined raw bytes
        String bad = "{\"id\":\"m:bad\",\"network\":\"mastodon\",\"author\":{\"handle\":\"@marie@piaille.example\"}}\n";
        comptoir.importer().importStream("pg", new ByteArrayInputStream(bad.getBytes(UTF_8)), "b.jsonl", null, null, null);
        assertThat(comptoir.quarantine().list("pg", 10)).isNotEmpty();
        var erased = comptoir.erasure().eraseAuthor("pg", Identity.parse("mastodon:marie@piaille.example"));
        assertThat(erased.posts()).isEqualTo(1);
        assertThat(comptoir.quarantine().list("pg", 10)).as("the quarantined record naming her").isEmpty();
        assertThat(comptoir.contacts().list("pg")).as("her only identity gone, the contact too").isEmpty();
        assertThat(inbox.list("pg", InboxQuery.all()).conversations()).extracting(Conversation::authorHandle)
                .doesNotContain("@marie@piaille.example");

        assertThat(comptoir.teams().delete("pg", "support")).isTrue();
        assertThat(comptoir.routing().delete("pg", rule.id())).isTrue();
    }
}
