package org.comptoir.alert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the episodes of a negative <em>share</em> spike (docs/alerts.md): the part of an hour's posts that are negative,
 * against the usual part. The usual part {@code p0} is the median of the daily negative shares of the 7 days before the
 * hour (days with at least one post; a crisis day among them does not move the median). With fewer than
 * {@link #MIN_DAYS} such days nothing is expected and no hour is hot. An hour with {@code n} posts of which {@code k}
 * are negative scores {@code (k − n·p0) / sqrt(max(n·p0·(1 − p0), 1))} (binomial noise); it is <em>hot</em> when
 * {@code n ≥ min_volume}, its share {@code k/n ≥ p0 + }{@link #MIN_RISE} and the score reaches the sensitivity;
 * <em>warm</em> with half the minimum volume and half the sensitivity. Episodes end after {@link Detector#CALM_HOURS}
 * calm hours; the peak is the hour of highest score; the cooldown applies as for the other kinds.
 */
final class ShareDetector {
    static final int DAYS = 7;
    static final int MIN_DAYS = 3;
    /** The least rise of the share (in parts of one) worth an alert: 15 points. */
    static final double MIN_RISE = 0.15;
    private final double sensitivity;
    private final long minVolume;
    private final int cooldownHours;

    ShareDetector(double sensitivity, long minVolume, int cooldownHours) {
        this.sensitivity = sensitivity;
        this.minVolume = Math.max(1, minVolume);
        this.cooldownHours = Math.max(0, cooldownHours);
    }

    static ShareDetector of(AlertRule rule) {
        return new ShareDetector(rule.sensitivity(), rule.minVolume(), rule.cooldownHours());
    }

    /** The usual negative share before hour {@code i}: the median of the daily shares of the 7 previous days, or -1 without enough of them. */
    static double usualShare(HourlySeries negative, HourlySeries total, int i) {
        double[] shares = new double[DAYS];
        int n = 0;
        for (int d = 1; d <= DAYS; d++) {
            long k = 0;
            long all = 0;
            for (int j = i - d * 24; j < i - (d - 1) * 24; j++) {
                if (j >= 0) {
                    k += negative.at(j);
                    all += total.at(j);
                }
            }
            if (all > 0) {
                shares[n++] = k / (double) all;
            }
        }
        return n < MIN_DAYS ? -1 : Baseline.median(Arrays.copyOf(shares, n));
    }

    static double score(long k, long n, double p0) {
        return (k - n * p0) / Math.sqrt(Math.max(n * p0 * (1 - p0), 1));
    }

    private boolean hot(long k, long n, double p0) {
        return p0 >= 0 && n >= minVolume && k / (double) n >= p0 + MIN_RISE && score(k, n, p0) >= sensitivity;
    }

    private boolean warm(long k, long n, double p0) {
        return p0 >= 0 && n >= Math.max(1, minVolume / 2) && score(k, n, p0) >= sensitivity / 2;
    }

    /** The episodes of hours {@code [from, size)}; as {@link Detector#episodes}, the last hour may be incomplete. */
    List<Episode> episodes(HourlySeries negative, HourlySeries total, int from, boolean lastComplete) {
        List<Episode> found = new ArrayList<>();
        int start = -1;
        int peak = -1;
        double peakScore = 0;
        double peakShare = 0;
        long posts = 0;
        int calm = 0;
        int quietUntil = from;
        for (int i = Math.max(0, from); i < total.size(); i++) {
            long k = negative.at(i);
            long n = total.at(i);
            double p0 = usualShare(negative, total, i);
            double s = p0 < 0 ? 0 : score(k, n, p0);
            if (start < 0) {
                if (i >= quietUntil && hot(k, n, p0)) {
                    start = i;
                    peak = i;
                    peakScore = s;
                    peakShare = p0;
                    posts = k;
                    calm = 0;
                }
                continue;
            }
            posts += k;
            if (s > peakScore) {
                peak = i;
                peakScore = s;
                peakShare = p0;
            }
            boolean incomplete = i == total.size() - 1 && !lastComplete;
            calm = warm(k, n, p0) || incomplete ? 0 : calm + 1;
            if (calm >= Detector.CALM_HOURS) {
                int end = i - Detector.CALM_HOURS + 1;
                long calmPosts = 0;
                for (int j = end; j <= i; j++) {
                    calmPosts += negative.at(j);
                }
                found.add(episode(negative, total, start, peak, end, peakShare, peakScore, posts - calmPosts));
                quietUntil = end + cooldownHours;
                start = -1;
            }
        }
        if (start >= 0) {
            found.add(episode(negative, total, start, peak, -1, peakShare, peakScore, posts));
        }
        return found;
    }

    /** {@code observed}: the negative posts of the peak hour; {@code expected}: what the usual share makes of that hour's posts. */
    private static Episode episode(HourlySeries negative, HourlySeries total, int start, int peak, int end, double p0, double score, long posts) {
        long n = total.at(peak);
        double expected = n * p0;
        double spread = Math.sqrt(n * p0 * (1 - p0));
        return new Episode(total.hour(start), total.hour(peak), end < 0 ? null : total.hour(end), negative.at(peak),
                Detector.round(expected), Detector.round(spread), Detector.round(score), "negative-share-7d", posts);
    }
}
