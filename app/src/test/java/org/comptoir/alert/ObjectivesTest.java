package org.comptoir.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.comptoir.Comptoir;
import org.comptoir.enrich.Enricher;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Author;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Objectives: the projection's arithmetic, and a share of voice that grows week after week. */
class ObjectivesTest {
    static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theProjectionIsTheLeastSquaresLineOnTheDueDate() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        List<ObjectiveProgress.Point> points = List.of(new ObjectiveProgress.Point(d, 10), new ObjectiveProgress.Point(d.plusDays(7), 12),
                new ObjectiveProgress.Point(d.plusDays(14), 14), new ObjectiveProgress.Point(d.plusDays(21), 16));
        assertThat(Objectives.project(points, d.plusDays(35))).isEqualTo(20.0); // +2 a week: 16 + 2 × 2 weeks
        List<ObjectiveProgress.Point> flat = List.of(new ObjectiveProgress.Point(d, 5), new ObjectiveProgress.Point(d.plusDays(7), 5));
        assertThat(Objectives.project(flat, d.plusDays(100))).isEqualTo(5.0);
    }

    @Test
    void aGrowingShareOfVoiceIsOnTrackForAReachableTargetAndAtRiskForAFarOne() throws Exception {
        try (Comptoir comptoir = Comptoir.open(dir, Enricher.none(), Clock.fixed(NOW, ZoneOffset.UTC))) {
            comptoir.workspaces().create("ws", "ws", null);
            comptoir.topics().save("ws", "Us", "alpha", null);
            comptoir.topics().save("ws", "Them", "beta", null);
            List<Post> posts = new ArrayList<>();
            for (int day = 0; day < 60; day++) {
                Instant at = NOW.minus(Duration.ofDays(60 - day));
                int ours = 2 + day / 10; // our share grows
                for (int k = 0; k < ours; k++) {
                    posts.add(post("a" + day + "-" + k, "alpha est là", at.plusSeconds(k)));
                }
                for (int k = 0; k < 8; k++) {
                    posts.add(post("b" + day + "-" + k, "beta aussi", at.plusSeconds(100 + k)));
                }
            }
            Pipeline pipeline = comptoir.pipelines().get("ws");
            pipeline.process(posts);
            pipeline.commit();
            Objectives objectives = comptoir.objectives();
            objectives.create(new Objective(0, "ws", "Reachable", Objective.Metric.SHARE_OF_VOICE, "Us", 50, LocalDate.of(2026, 9, 30)));
            objectives.create(new Objective(0, "ws", "Far", Objective.Metric.SHARE_OF_VOICE, "Us", 95, LocalDate.of(2026, 4, 15)));
            objectives.create(new Objective(0, "ws", "Done", Objective.Metric.SHARE_OF_VOICE, "Us", 10, LocalDate.of(2026, 4, 15)));
            List<ObjectiveProgress> progress = objectives.progress("ws");
            ObjectiveProgress reachable = progress.stream().filter(p -> p.objective().name().equals("Reachable")).findFirst().orElseThrow();
            assertThat(reachable.trend()).hasSize(4);
            assertThat(reachable.trend().get(3).value()).as("the share grows").isGreaterThan(reachable.trend().get(0).value());
            assertThat(reachable.value()).isBetween(30.0, 50.0);
            assertThat(reachable.status()).isEqualTo("on-track");
            assertThat(progress).filteredOn(p -> p.objective().name().equals("Far")).singleElement()
                    .satisfies(p -> assertThat(p.status()).isEqualTo("at-risk"));
            assertThat(progress).filteredOn(p -> p.objective().name().equals("Done")).singleElement()
                    .satisfies(p -> assertThat(p.status()).isEqualTo("met"));
            assertThatThrownBy(() -> objectives.create(new Objective(0, "ws", "x", Objective.Metric.NET_SENTIMENT, "Nope", 20, LocalDate.of(2026, 6, 30))))
                    .hasMessageContaining("unknown topic 'Nope'");
            assertThatThrownBy(() -> new Objective(0, "ws", "x", Objective.Metric.NET_SENTIMENT, null, 20, LocalDate.of(2026, 6, 30)))
                    .hasMessageContaining("measured on a topic");
        }
    }

    static Post post(String id, String text, Instant at) {
        return new Post(id, Network.X, null, new Author(id, "@" + id, id, 1L), text, null, "fr", at, null, null, null, null);
    }
}
