package org.comptoir.alert;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the episodes of an hourly series (docs/alerts.md). An hour is <em>hot</em> when it holds at least the
 * minimum volume, at least {@link #MIN_RATIO} times what was expected, and its score
 * {@code (observed − expected) / sqrt(max(expected, 1) + spread²)} (Poisson noise plus the baseline's own
 * spread) reaches the sensitivity; for {@link AlertKind#QUERY_MATCHES} the minimum volume alone makes it hot.
 * An episode starts with a hot hour, goes on while hours stay <em>warm</em> (half the thresholds) and ends
 * after {@link #CALM_HOURS} calm hours in a row; a new one cannot start within the rule's cooldown.
 */
final class Detector {
    static final double MIN_RATIO = 1.5;
    static final int CALM_HOURS = 6;

    private final AlertKind kind;
    private final double sensitivity;
    private final long minVolume;
    private final int cooldownHours;

    Detector(AlertKind kind, double sensitivity, long minVolume, int cooldownHours) {
        this.kind = kind;
        this.sensitivity = sensitivity;
        this.minVolume = Math.max(1, minVolume);
        this.cooldownHours = Math.max(0, cooldownHours);
    }

    static Detector of(AlertRule rule) {
        return new Detector(rule.kind(), rule.sensitivity(), rule.minVolume(), rule.cooldownHours());
    }

    static double score(long observed, Baseline.Expected e) {
        return (observed - e.value()) / Math.sqrt(Math.max(e.value(), 1) + e.spread() * e.spread());
    }

    boolean hot(long observed, Baseline.Expected e) {
        if (kind == AlertKind.QUERY_MATCHES) {
            return observed >= minVolume;
        }
        return observed >= minVolume && observed >= MIN_RATIO * e.value() && score(observed, e) >= sensitivity;
    }

    boolean warm(long observed, Baseline.Expected e) {
        if (kind == AlertKind.QUERY_MATCHES) {
            return observed >= 1;
        }
        return observed >= Math.max(1, minVolume / 2) && score(observed, e) >= sensitivity / 2;
    }

    /**
     * The episodes of hours {@code [from, series.size())}; the last hour may be incomplete ({@code lastComplete}
     * false): it can start or feed an episode but does not count as calm. Hours before {@code from} only serve the baseline.
     */
    List<Episode> episodes(HourlySeries series, int from, boolean lastComplete) {
        List<Episode> found = new ArrayList<>();
        int start = -1;
        int peak = -1;
        Baseline.Expected peakExpected = null;
        long posts = 0;
        int calm = 0;
        int quietUntil = from;
        for (int i = Math.max(from, 0); i < series.size(); i++) {
            long observed = series.at(i);
            Baseline.Expected e = Baseline.at(series, i);
            if (start < 0) {
                if (i >= quietUntil && hot(observed, e)) {
                    start = i;
                    peak = i;
                    peakExpected = e;
                    posts = observed;
                    calm = 0;
                }
                continue;
            }
            posts += observed;
            if (observed > series.at(peak)) {
                peak = i;
                peakExpected = e;
            }
            boolean incomplete = i == series.size() - 1 && !lastComplete;
            calm = warm(observed, e) || incomplete ? 0 : calm + 1;
            if (calm >= CALM_HOURS) {
                int end = i - CALM_HOURS + 1;
                found.add(episode(series, start, peak, end, peakExpected, posts - calmPosts(series, end, i)));
                quietUntil = end + cooldownHours;
                start = -1;
            }
        }
        if (start >= 0) {
            found.add(episode(series, start, peak, -1, peakExpected, posts));
        }
        return found;
    }

    private static long calmPosts(HourlySeries series, int from, int to) {
        long sum = 0;
        for (int k = from; k <= to; k++) {
            sum += series.at(k);
        }
        return sum;
    }

    private static Episode episode(HourlySeries series, int start, int peak, int end, Baseline.Expected e, long posts) {
        long observed = series.at(peak);
        return new Episode(series.hour(start), series.hour(peak), end < 0 ? null : series.hour(end), observed,
                round(e.value()), round(e.spread()), round(score(observed, e)), e.method(), posts);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
