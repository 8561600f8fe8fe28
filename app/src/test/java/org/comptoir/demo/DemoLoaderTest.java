package org.comptoir.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.comptoir.Comptoir;
import org.comptoir.store.PostQuery;
import org.comptoir.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoLoaderTest {
    private static DemoDataset small;

    @TempDir
    Path dir;

    @BeforeAll
    static void dataset() {
        DemoDataset full = new DemoDatasetGenerator(DemoDatasetGenerator.DEFAULT_SEED, LocalDate.of(2026, 11, 1)).generate();
        small = new DemoDataset(full.posts().subList(0, 400), full.topics());
    }

    @Test
    void loadsOnceThenLeavesTheDemoWorkspaceAlone() {
        try (Comptoir comptoir = Comptoir.open(dir)) {
            assertThat(loader(comptoir).loadIfAbsent(() -> small)).isEqualTo(400);
            assertThat(Files.exists(dir.resolve("workspaces").resolve(Workspace.DEMO).resolve(DemoLoader.MARKER))).isTrue();
            assertThat(loader(comptoir).loadIfAbsent(() -> small)).isZero();
            assertThat(comptoir.pipelines().get(Workspace.DEMO).index().count(PostQuery.all())).isEqualTo(400);
            assertThat(comptoir.topics().list(Workspace.DEMO)).hasSize(small.topics().size());
            assertThat(comptoir.analytics().employees(Workspace.DEMO)).as("the brands' official accounts are its staff")
                    .contains("grelotmobile", "fournildupain", "pedalune").doesNotContain("levainvagabond");
            assertThat(comptoir.topics().list(Workspace.DEMO)).as("share of voice: our brands and their competitors")
                    .extracting(org.comptoir.topic.Topic::kind)
                    .contains(org.comptoir.topic.TopicKind.BRAND, org.comptoir.topic.TopicKind.COMPETITOR);
            assertThat(comptoir.topics().find(Workspace.DEMO, "Levain Vagabond (concurrent)").orElseThrow().engage()).isFalse();
        }
    }

    @Test
    void aLoadCutShortIsCompletedOnTheNextStartKeepingTheUsersTopics() throws Exception {
        DemoTopic first = small.topics().get(0);
        try (Comptoir comptoir = Comptoir.open(dir)) {
            // a first start stopped after the workspace, one (since edited) topic and 150 posts were stored
            comptoir.workspaces().create(Workspace.DEMO, "Démo", "demo");
            comptoir.topics().save(Workspace.DEMO, first.name(), "edited OR query", null);
            comptoir.pipelines().get(Workspace.DEMO).process(small.posts().subList(0, 150));
            comptoir.pipelines().get(Workspace.DEMO).commit();
        }
        try (Comptoir comptoir = Comptoir.open(dir)) {
            assertThat(loader(comptoir).loadIfAbsent(() -> small)).isEqualTo(250);
            assertThat(comptoir.pipelines().get(Workspace.DEMO).index().count(PostQuery.all())).isEqualTo(400);
            assertThat(comptoir.topics().find(Workspace.DEMO, first.name()).orElseThrow().query()).isEqualTo("edited OR query");
            assertThat(comptoir.topics().list(Workspace.DEMO)).hasSize(small.topics().size());
        }
    }

    @Test
    void noDemoPostIsDatedAfterTheStartAndTheSpacingIsKept() {
        java.time.Instant now = small.posts().get(200).createdAt();
        DemoDataset moved = DemoLoader.endingBy(small, now);
        assertThat(moved.posts().get(399).createdAt()).isBefore(now).isAfter(now.minusSeconds(120));
        assertThat(moved.posts()).allSatisfy(post -> assertThat(post.createdAt()).isBeforeOrEqualTo(now));
        java.time.Duration before = java.time.Duration.between(small.posts().get(0).createdAt(), small.posts().get(399).createdAt());
        java.time.Duration after = java.time.Duration.between(moved.posts().get(0).createdAt(), moved.posts().get(399).createdAt());
        assertThat(after).isEqualTo(before);
        assertThat(DemoLoader.endingBy(small, java.time.Instant.parse("2027-01-01T00:00:00Z"))).isSameAs(small);
    }

    private static DemoLoader loader(Comptoir comptoir) {
        return new DemoLoader(comptoir.dataDir(), comptoir.workspaces(), comptoir.topics(), comptoir.pipelines(),
                new org.comptoir.analytics.Employees(comptoir.dataSource()));
    }
}
