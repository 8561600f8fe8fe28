package org.comptoir.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The baseline and the detector on hand-made hourly series. */
class DetectorTest {
    static final Instant MONDAY = Instant.parse("2026-01-05T00:00:00Z");
    static final Detector VOLUME = new Detector(AlertKind.VOLUME_SPIKE, 5, 20, 12);

    /** Eight weeks of a daily rhythm (10 posts an hour by day, 2 at night) with Poisson-like noise. */
    static long[] weeks(int weeks, long seed) {
        Random random = new Random(seed);
        long[] counts = new long[weeks * 168];
        for (int i = 0; i < counts.length; i++) {
            int hour = i % 24;
            double mean = hour >= 8 && hour < 22 ? 10 : 2;
            counts[i] = Math.max(0, Math.round(mean + random.nextGaussian() * Math.sqrt(mean)));
        }
        return counts;
    }

    @Test
    void aSpikeIsOneEpisodeWithItsStartPeakAndEnd() {
        long[] counts = weeks(9, 1);
        int spike = 8 * 168 + 24 * 2 + 10; // Wednesday of week 9, 10:00
        counts[spike] = 60;
        counts[spike + 1] = 90;
        counts[spike + 2] = 40;
        List<Episode> episodes = VOLUME.episodes(HourlySeries.of(MONDAY, counts), 8 * 168, true);
        assertThat(episodes).hasSize(1);
        Episode e = episodes.get(0);
        assertThat(e.start()).isEqualTo(MONDAY.plusSeconds(3600L * spike));
        assertThat(e.peak()).isEqualTo(MONDAY.plusSeconds(3600L * (spike + 1)));
        assertThat(e.end()).isEqualTo(MONDAY.plusSeconds(3600L * (spike + 3)));
        assertThat(e.observed()).isEqualTo(90);
        assertThat(e.expected()).isBetween(8.0, 12.0);
        assertThat(e.baseline()).isEqualTo("hour-of-week");
        assertThat(e.posts()).isEqualTo(190);
    }

    @Test
    void anOrdinaryWeekWithItsDailyRhythmRaisesNothing() {
        long[] counts = weeks(9, 2);
        assertThat(VOLUME.episodes(HourlySeries.of(MONDAY, counts), 8 * 168, true)).isEmpty();
    }

    @Test
    void aBusyHourOfTheWeekIsComparedWithThatHourOfEarlierWeeks() {
        long[] counts = weeks(9, 3);
        for (int w = 0; w < 9; w++) {
            counts[w * 168 + 24 * 4 + 18] = 45; // every Friday at 18:00: the weekly show
        }
        List<Episode> episodes = VOLUME.episodes(HourlySeries.of(MONDAY, counts), 8 * 168, true);
        assertThat(episodes).as("a weekly peak is seasonal, not a spike").isEmpty();
        assertThat(Baseline.at(HourlySeries.of(MONDAY, counts), 8 * 168 + 24 * 4 + 18).value()).isGreaterThan(20);
    }

    @Test
    void aPastSpikeDoesNotRaiseTheBaseline() {
        long[] counts = weeks(9, 4);
        int hour = 24 * 2 + 10;
        counts[7 * 168 + hour] = 500; // a spike one week earlier, same hour
        Baseline.Expected e = Baseline.at(HourlySeries.of(MONDAY, counts), 8 * 168 + hour);
        assertThat(e.value()).as("the median ignores one past spike").isLessThan(20);
    }

    @Test
    void aSlowRiseOverWeeksIsNotASpikeButADoublingWithinADayIs() {
        long[] counts = weeks(9, 5);
        for (int i = 0; i < counts.length; i++) {
            counts[i] = Math.round(counts[i] * (1 + i / (double) counts.length * 0.5)); // +50 % over nine weeks
        }
        assertThat(VOLUME.episodes(HourlySeries.of(MONDAY, counts), 8 * 168, true)).isEmpty();
        for (int h = 8 * 168 + 24 * 3 + 9; h < 8 * 168 + 24 * 3 + 20; h++) {
            counts[h] *= 4;
        }
        assertThat(VOLUME.episodes(HourlySeries.of(MONDAY, counts), 8 * 168, true)).hasSize(1);
    }

    @Test
    void aNewTopicFallsBackToItsRecentHoursThenToTheMinimumVolume() {
        long[] counts = new long[24 * 5];
        for (int i = 0; i < 24 * 4; i++) {
            counts[i] = 3;
        }
        counts[24 * 4 + 5] = 30;
        HourlySeries series = HourlySeries.of(MONDAY, counts);
        Baseline.Expected e = Baseline.at(series, 24 * 4 + 5);
        assertThat(e.method()).isEqualTo("recent-hours");
        assertThat(e.value()).isEqualTo(3.0);
        assertThat(VOLUME.episodes(series, 24 * 4, true)).extracting(Episode::observed).containsExactly(30L);

        long[] young = {0, 0, 4, 25, 3};
        assertThat(Baseline.at(HourlySeries.of(MONDAY, young), 3).method()).isEqualTo("no-history");
        assertThat(VOLUME.episodes(HourlySeries.of(MONDAY, young), 0, true)).as("25 posts reach the minimum volume").hasSize(1);
        long[] quiet = {0, 0, 4, 19, 3};
        assertThat(VOLUME.episodes(HourlySeries.of(MONDAY, quiet), 0, true)).as("19 do not").isEmpty();
    }

    @Test
    void anEpisodeStillGoingOnHasNoEndAndAnIncompleteHourIsNeverCalm() {
        long[] counts = weeks(9, 6);
        int last = counts.length - 1;
        counts[last - 1] = 80;
        counts[last] = 1; // the current hour has just begun
        List<Episode> episodes = VOLUME.episodes(HourlySeries.of(MONDAY, counts), 8 * 168, false);
        assertThat(episodes).hasSize(1);
        assertThat(episodes.get(0).ongoing()).isTrue();
    }

    @Test
    void theCooldownKeepsASecondBurstInTheSameEpisodeFamilyQuiet() {
        long[] counts = weeks(9, 7);
        int first = 8 * 168 + 24 * 2 + 9;
        counts[first] = 80;
        counts[first + 8] = 80; // 8 hours later: the first episode ended after 6 calm hours, the cooldown is 12
        counts[first + 30] = 80; // well after the cooldown
        List<Episode> episodes = VOLUME.episodes(HourlySeries.of(MONDAY, counts), 8 * 168, true);
        assertThat(episodes).extracting(Episode::start)
                .containsExactly(MONDAY.plusSeconds(3600L * first), MONDAY.plusSeconds(3600L * (first + 30)));
    }

    @Test
    void aQueryThatShouldStaySilentAlertsOnItsFirstMatches() {
        Detector matches = new Detector(AlertKind.QUERY_MATCHES, 5, 2, 12);
        long[] counts = new long[24 * 30];
        counts[24 * 20] = 1;
        counts[24 * 25] = 3;
        List<Episode> episodes = matches.episodes(HourlySeries.of(MONDAY, counts), 0, true);
        assertThat(episodes).extracting(Episode::observed).containsExactly(3L);
    }
}
