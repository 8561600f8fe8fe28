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

    @Test
    void theMedianFirstResponseIsACeilingMeasuredInHoursFromTheInbox() throws Exception {
        try (Comptoir comptoir = Comptoir.open(dir, Enricher.none(), Clock.fixed(NOW, ZoneOffset.UTC))) {
            comptoir.workspaces().create("ws", "ws", null);
            assertThat(comptoir.objectives().progress(comptoir.objectives().create(new Objective(0, "ws", "Wired",
                    Objective.Metric.MEDIAN_FIRST_RESPONSE, null, 2, LocalDate.of(2026, 6, 30))).workspace()))
                    .as("the real inbox, empty: nothing answered, nothing to measure").singleElement()
                    .satisfies(p -> assertThat(p.status()).isEqualTo("no-data"));
            // four weekly windows ending 2026-03-11, -18, -25 and 2026-04-01: 4 h, 3.5 h, 3 h, 2.5 h (−0.5 h a week)
            List<Instant> asked = new ArrayList<>();
            Objectives.FirstResponses inbox = (workspace, from, to) -> {
                asked.add(to);
                assertThat(Duration.between(from, to)).isEqualTo(Duration.ofDays(30));
                long weeksBeforeLast = Duration.between(to, Instant.parse("2026-04-01T00:00:00Z")).toDays() / 7;
                return 150.0 + 30 * weeksBeforeLast;
            };
            Objectives objectives = new Objectives(comptoir.dataSource(), comptoir.analytics(), comptoir.topics(), inbox,
                    Clock.fixed(NOW, ZoneOffset.UTC));
            objectives.create(new Objective(0, "ws", "Two hours", Objective.Metric.MEDIAN_FIRST_RESPONSE, null, 2, LocalDate.of(2026, 4, 15)));
            objectives.create(new Objective(0, "ws", "One hour", Objective.Metric.MEDIAN_FIRST_RESPONSE, null, 1, LocalDate.of(2026, 4, 15)));
            objectives.create(new Objective(0, "ws", "Three hours", Objective.Metric.MEDIAN_FIRST_RESPONSE, null, 3, LocalDate.of(2026, 4, 15)));
            List<ObjectiveProgress> progress = objectives.progress("ws");
            ObjectiveProgress two = progress.stream().filter(p -> p.objective().name().equals("Two hours")).findFirst().orElseThrow();
            assertThat(two.trend()).extracting(ObjectiveProgress.Point::value).containsExactly(4.0, 3.5, 3.0, 2.5);
            assertThat(two.value()).isEqualTo(2.5);
            assertThat(two.projected()).as("two weeks on at −0.5 h a week").isEqualTo(1.5);
            assertThat(two.status()).as("1.5 h ≤ 2 h by the date").isEqualTo("on-track");
            assertThat(progress).filteredOn(p -> p.objective().name().equals("One hour")).singleElement()
                    .satisfies(p -> assertThat(p.status()).as("1.5 h > 1 h").isEqualTo("at-risk"));
            assertThat(progress).filteredOn(p -> p.objective().name().equals("Three hours")).singleElement()
                    .satisfies(p -> assertThat(p.status()).as("2.5 h ≤ 3 h already").isEqualTo("met"));
            assertThat(asked).contains(Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-03-11T00:00:00Z"));
            assertThatThrownBy(() -> new Objective(0, "ws", "x", Objective.Metric.MEDIAN_FIRST_RESPONSE, "Us", 2, LocalDate.of(2026, 6, 30)))
                    .hasMessageContaining("workspace's inbox");
            assertThat(Objective.Metric.fromLabel("median-first-response").comparison()).isEqualTo("≤");
        }
    }

    @Test
    void aWeekWithoutDataIsLeftOutOfTheTrend() {
        Objective o = new Objective(1, "ws", "x", Objective.Metric.MEDIAN_FIRST_RESPONSE, null, 2, LocalDate.of(2026, 6, 30));
        LocalDate d = LocalDate.of(2026, 3, 31);
        ObjectiveProgress p = Objectives.of(o, List.of(new ObjectiveProgress.Point(d.minusWeeks(1), 3), new ObjectiveProgress.Point(d, 2.5)), d);
        assertThat(p.value()).isEqualTo(2.5);
        assertThat(p.status()).isEqualTo("on-track"); // −0.5 h a week
        assertThat(Objectives.of(o, List.of(), d).status()).isEqualTo("no-data");
    }

    static Post post(String id, String text, Instant at) {
        return new Post(id, Network.X, null, new Author(id, "@" + id, id, 1L), text, null, "fr", at, null, null, null, null);
    }
}
