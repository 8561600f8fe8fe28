package org.comptoir.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The negative-share detector on hand-made series: 20 posts an hour, 4 of them negative (a usual share of 20 %). */
class ShareDetectorTest {
    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    static final ShareDetector SHARE = new ShareDetector(5, 20, 12);
    static final int DAYS = 10;
    static final int WATCHED = 8 * 24;

    long[] total = new long[DAYS * 24];
    long[] negative = new long[DAYS * 24];

    ShareDetectorTest() {
        for (int i = 0; i < total.length; i++) {
            total[i] = 20;
            negative[i] = 4;
        }
    }

    List<Episode> episodes() {
        return SHARE.episodes(HourlySeries.of(START, negative), HourlySeries.of(START, total), WATCHED, true);
    }

    @Test
    void anHourWhoseShareOfNegativePostsJumpsStartsAnEpisode() {
        int hour = WATCHED + 10;
        total[hour] = 30;
        negative[hour] = 18; // 60 % where 20 % is usual: (18 − 6) / √4.8 = 5.5 noise units
        total[hour + 1] = 25;
        negative[hour + 1] = 20;
        List<Episode> found = episodes();
        assertThat(found).hasSize(1);
        Episode e = found.get(0);
        assertThat(e.start()).isEqualTo(START.plusSeconds(3600L * hour));
        assertThat(e.peak()).as("the hour of highest score").isEqualTo(START.plusSeconds(3600L * (hour + 1)));
        assertThat(e.observed()).isEqualTo(20);
        assertThat(e.expected()).isEqualTo(5.0); // 25 posts × 20 %
        assertThat(e.end()).isEqualTo(START.plusSeconds(3600L * (hour + 2)));
        assertThat(e.baseline()).isEqualTo("negative-share-7d");
        assertThat(e.posts()).isEqualTo(38);
    }

    @Test
    void aBusyHourWithTheUsualShareIsNoShareSpikeThoughItsNegativeCountIs() {
        int hour = WATCHED + 10;
        total[hour] = 80;
        negative[hour] = 16; // four times the negative posts, but still 20 %
        assertThat(episodes()).isEmpty();
        Detector count = new Detector(AlertKind.NEGATIVE_SPIKE, 5, 10, 12);
        assertThat(count.episodes(HourlySeries.of(START, negative), WATCHED, true)).as("the count rule hears it").hasSize(1);
    }

    @Test
    void aFewPostsAllNegativeStayBelowTheMinimumVolume() {
        int hour = WATCHED + 3;
        total[hour] = 10;
        negative[hour] = 10;
        assertThat(episodes()).isEmpty();
        total[hour] = 20;
        negative[hour] = 20;
        assertThat(episodes()).hasSize(1);
    }

    @Test
    void aPastCrisisDayDoesNotRaiseTheUsualShare() {
        for (int h = 5 * 24; h < 6 * 24; h++) {
            negative[h] = 20; // day 6: everything negative
        }
        assertThat(ShareDetector.usualShare(HourlySeries.of(START, negative), HourlySeries.of(START, total), WATCHED)).isEqualTo(0.2);
    }

    @Test
    void aNewTopicWithLessThanThreeDaysOfPostsExpectsNothingAndRaisesNothing() {
        for (int h = 0; h < WATCHED - 2 * 24 + 2; h++) {
            total[h] = 0;
            negative[h] = 0;
        }
        total[WATCHED + 1] = 30;
        negative[WATCHED + 1] = 30;
        assertThat(ShareDetector.usualShare(HourlySeries.of(START, negative), HourlySeries.of(START, total), WATCHED + 1)).isEqualTo(-1);
        assertThat(episodes()).isEmpty();
    }
}
