package org.comptoir.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.comptoir.Comptoir;
import org.comptoir.demo.DemoDataset;
import org.comptoir.demo.DemoDatasetGenerator;
import org.comptoir.demo.DemoTopic;
import org.comptoir.enrich.Enricher;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's fictional crisis (#BoycottGrelot, D−12 05:10 UTC) replayed through the default rules. */
class DemoCrisisReplayTest {
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 1);
    static final Instant CRISIS = LAST_DAY.minusDays(12).atTime(5, 10).toInstant(ZoneOffset.UTC);
    static final Instant NOW = LAST_DAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static Comptoir comptoir;

    @BeforeAll
    static void loadTheDemo() throws Exception {
        comptoir = Comptoir.open(dir, Enricher.standard(), Clock.fixed(NOW, ZoneOffset.UTC));
        DemoDataset demo = new DemoDatasetGenerator(DemoDatasetGenerator.DEFAULT_SEED, LAST_DAY).generate();
        comptoir.workspaces().create(Workspace.DEMO, "Démo", "demo");
        for (DemoTopic t : demo.topics()) {
            comptoir.topics().save(Workspace.DEMO, t.name(), t.query(), t.description(), t.kind(), t.engage());
        }
        Pipeline pipeline = comptoir.pipelines().get(Workspace.DEMO);
        for (int start = 0; start < demo.posts().size(); start += Pipeline.PREFERRED_BATCH) {
            pipeline.process(demo.posts().subList(start, Math.min(demo.posts().size(), start + Pipeline.PREFERRED_BATCH)));
        }
        pipeline.commit();
    }

    @AfterAll
    static void close() {
        comptoir.close();
    }

    @Test
    void theCrisisIsHeardWithinSixHoursAndTheNinetyDaysRaiseFewOtherAlerts() throws Exception {
        List<ReplayedAlert> alerts = comptoir.alerts().replay(Workspace.DEMO, null, null, false);
        alerts.forEach(a -> System.out.println("replayed: " + a.rule() + " start " + a.start() + " peak " + a.peak() + " end " + a.end()
                + " detected " + a.detectedAt()));
        List<ReplayedAlert> crisis = alerts.stream()
                .filter(a -> a.topic().startsWith("Grelot Mobile"))
                .filter(a -> !a.detectedAt().isBefore(CRISIS) && a.detectedAt().isBefore(CRISIS.plus(Duration.ofHours(6))))
                .toList();
        assertThat(crisis).as("the crisis is heard in its first 6 hours").isNotEmpty();
        assertThat(crisis).allSatisfy(a -> assertThat(a.end()).as("each crisis episode ends").isNotNull().isAfter(a.peak()));
        List<ReplayedAlert> others = alerts.stream()
                .filter(a -> a.start().isBefore(CRISIS.minus(Duration.ofHours(1))) || a.start().isAfter(CRISIS.plus(Duration.ofDays(4))))
                .toList();
        assertThat(others).as("alerts that are not the crisis, over 90 days").hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void theCrisisAlertExplainsItselfWithTermsAuthorsVerbatimsAndLinks() throws Exception {
        ReplayedAlert alert = comptoir.alerts().replay(Workspace.DEMO, CRISIS.minus(Duration.ofDays(1)), CRISIS.plus(Duration.ofDays(1)), true)
                .stream().filter(a -> a.rule().equals("Grelot Mobile — volume")).findFirst().orElseThrow();
        Explanation why = alert.explanation();
        System.out.println("crisis: " + why.summary() + " | terms " + why.terms().stream().map(t -> t.term() + " " + t.count() + "/"
                + t.baselineCount()).toList() + " | drivers " + why.drivers() + " | verbatims " + why.verbatims().size());
        assertThat(why.observed()).isGreaterThan((long) (5 * why.expected()));
        assertThat(why.score()).isGreaterThanOrEqualTo(AlertRule.DEFAULT_SENSITIVITY);
        assertThat(why.terms()).extracting(org.comptoir.analytics.Figures.Term::term).contains("#boycottgrelot");
        assertThat(why.drivers()).isNotEmpty().allSatisfy(d -> assertThat(d.level()).isIn("audience", "participant", "conversant", "advocate"));
        assertThat(why.verbatims()).hasSizeBetween(3, 5);
        assertThat(why.dashboardLink()).startsWith("/dashboard?workspace=demo&topic=Grelot%20Mobile&from=").contains("interval=hour");
        assertThat(why.searchLink()).startsWith("/search?workspace=demo&topic=Grelot%20Mobile&from=");
        assertThat(why.summary()).contains("posts about 'Grelot Mobile'").contains("noise units above");
    }
}
