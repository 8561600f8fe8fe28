package org.comptoir.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.comptoir.Comptoir;
import org.comptoir.enrich.Enricher;
import org.comptoir.inbox.Conversation;
import org.comptoir.inbox.InboxQuery;
import org.comptoir.inbox.RoutingRule;
import org.comptoir.team.Team;
import org.comptoir.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo workspace's teams, targets and routing rules, and its waiting conversations routed by them. */
class DemoInboxTest {
    @TempDir
    Path dir;

    @Test
    void theDemoInboxHasDepartmentsRulesAndRoutedWaitingConversations() throws Exception {
        DemoDataset full = new DemoDatasetGenerator(DemoDatasetGenerator.DEFAULT_SEED, LocalDate.of(2026, 11, 1)).generate();
        DemoDataset recent = new DemoDataset(full.posts().subList(full.posts().size() - 3_000, full.posts().size()), full.topics());
        Clock clock = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
        try (Comptoir comptoir = Comptoir.open(dir, Enricher.standard(), clock)) {
            new DemoLoader(comptoir.dataDir(), comptoir.workspaces(), comptoir.topics(), comptoir.pipelines(),
                    new org.comptoir.analytics.Employees(comptoir.dataSource())).loadIfAbsent(() -> recent);
            DemoAccounts.apply(comptoir.accounts(), true);
            assertThat(comptoir.inbox().list(Workspace.DEMO, InboxQuery.all()).conversations()).allMatch(c -> c.team() == null);

            int routed = comptoir.setUpDemoInboxIfAbsent();

            assertThat(comptoir.teams().list(Workspace.DEMO)).extracting(Team::name)
                    .containsExactlyInAnyOrder("support", "reseau", "communication", "ventes");
            Team support = comptoir.teams().find(Workspace.DEMO, "support").orElseThrow();
            assertThat(support.members()).containsExactly("demo-agent", "demo-manager");
            assertThat(support.holidays()).contains(LocalDate.of(2026, 12, 25));
            assertThat(comptoir.teams().find(Workspace.DEMO, "reseau").orElseThrow().hours()).contains("00:00-24:00");
            assertThat(comptoir.routing().rules(Workspace.DEMO)).extracting(RoutingRule::name)
                    .startsWith("Clients prêts à partir", "Pannes réseau Grelot").hasSize(6);
            assertThat(comptoir.inbox().targets().settings(Workspace.DEMO).targets()).hasSize(4);

            List<Conversation> all = comptoir.inbox().openedBetween(Workspace.DEMO, Instant.EPOCH, Instant.parse("2027-01-01T00:00:00Z"));
            List<Conversation> routedOnes = all.stream().filter(c -> c.team() != null).toList();
            assertThat(routed).isPositive().isLessThanOrEqualTo(DemoInbox.ROUTED);
            assertThat(routedOnes).as("every rule names a team: the routed conversations are those with one").hasSize(routed);
            assertThat(routedOnes.stream().map(Conversation::team).collect(Collectors.toSet()))
                    .as("routed to several departments").hasSizeGreaterThanOrEqualTo(2);
            assertThat(routedOnes.stream().filter(c -> "support".equals(c.team())).map(Conversation::assignee))
                    .as("assigned among the team's members").isNotEmpty().allMatch(a -> a == null || support.members().contains(a));
            assertThat(all.stream().filter(c -> c.tags().contains("fidélisation"))).as("churn risks: urgent")
                    .allMatch(c -> c.priority() == org.comptoir.inbox.Priority.URGENT);

            assertThat(comptoir.setUpDemoInboxIfAbsent()).as("once").isZero();
            assertThat(comptoir.routing().rules(Workspace.DEMO)).hasSize(6);
        }
    }

    @Test
    void theDemoWorkspaceGetsObjectivesOnceWithTheirProgress() throws Exception {
        DemoDataset full = new DemoDatasetGenerator(DemoDatasetGenerator.DEFAULT_SEED, LocalDate.of(2026, 11, 1)).generate();
        DemoDataset recent = new DemoDataset(full.posts().subList(full.posts().size() - 2_000, full.posts().size()), full.topics());
        Clock clock = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
        try (Comptoir comptoir = Comptoir.open(dir, Enricher.none(), clock)) {
            assertThat(comptoir.setUpDemoObjectivesIfAbsent()).as("no demo workspace yet").isZero();
            new DemoLoader(comptoir.dataDir(), comptoir.workspaces(), comptoir.topics(), comptoir.pipelines(),
                    new org.comptoir.analytics.Employees(comptoir.dataSource())).loadIfAbsent(() -> recent);

            assertThat(comptoir.setUpDemoObjectivesIfAbsent()).isEqualTo(3);
            assertThat(comptoir.setUpDemoObjectivesIfAbsent()).as("once").isZero();
            var progress = comptoir.objectives().progress(Workspace.DEMO);
            assertThat(progress).hasSize(3).allSatisfy(p -> assertThat(p.objective().due()).isEqualTo(LocalDate.of(2027, 2, 28)));
            assertThat(progress).extracting(p -> p.objective().metric().label())
                    .containsExactlyInAnyOrder("net-sentiment", "advocates", "share-of-voice");
        }
    }
}
