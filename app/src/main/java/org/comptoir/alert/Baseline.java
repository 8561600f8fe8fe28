package org.comptoir.alert;

import java.util.Arrays;

/**
 * What an hour is expected to hold, robust to past spikes (docs/alerts.md). With at least {@link #MIN_WEEKS}
 * earlier weeks of history: the median of the same hour of the {@link #WEEKS} previous weeks (a Monday 9:00 is
 * compared with earlier Mondays 9:00); the spread is 1.4826 × their median absolute deviation. With less
 * (a new topic): the median and MAD of the hourly counts of the previous 7 days (at least 24 hours of
 * history); with less than a day, nothing is expected and only the minimum volume applies.
 */
final class Baseline {
    static final int WEEKS = 8;
    static final int MIN_WEEKS = 2;
    static final int WEEK = 168;
    static final int MIN_HOURS = 24;

    /** The expectation of one hour: {@code value} posts ± {@code spread}, from {@code samples} samples by {@code method}. */
    record Expected(double value, double spread, int samples, String method) {
    }

    private Baseline() {
    }

    static Expected at(HourlySeries series, int i) {
        double[] weekly = new double[WEEKS];
        int n = 0;
        for (int w = 1; w <= WEEKS; w++) {
            int j = i - w * WEEK;
            if (j < series.firstData()) {
                break;
            }
            weekly[n++] = series.at(j);
        }
        if (n >= MIN_WEEKS) {
            double[] samples = Arrays.copyOf(weekly, n);
            return new Expected(median(samples), 1.4826 * mad(samples), n, "hour-of-week");
        }
        int from = Math.max(series.firstData(), i - WEEK);
        if (i - from >= MIN_HOURS) {
            double[] hours = new double[i - from];
            for (int j = from; j < i; j++) {
                hours[j - from] = series.at(j);
            }
            return new Expected(median(hours), 1.4826 * mad(hours), hours.length, "recent-hours");
        }
        return new Expected(0, 0, 0, "no-history");
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    static double mad(double[] values) {
        double median = median(values);
        double[] deviations = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            deviations[k] = Math.abs(values[k] - median);
        }
        return median(deviations);
    }
}
