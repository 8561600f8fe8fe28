package org.comptoir.alert;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.comptoir.analytics.Analytics;
import org.comptoir.analytics.Figures;
import org.comptoir.analytics.Interval;
import org.comptoir.analytics.Selection;
import org.comptoir.query.QuerySyntaxException;

/** Reads a rule's hourly series (all its posts, or only the negative ones) through the dashboard's volume figure. */
final class SeriesReader {
    /** Hours asked per histogram: below the analytics limit of 5,000 buckets. */
    static final int CHUNK = 4_000;
    private final Analytics analytics;

    SeriesReader(Analytics analytics) {
        this.analytics = analytics;
    }

    /** The posts of the rule per UTC hour over {@code [from, to)}, both rounded out to whole hours. */
    HourlySeries read(AlertRule rule, Instant from, Instant to) throws QuerySyntaxException {
        Instant start = from.truncatedTo(ChronoUnit.HOURS);
        Instant end = to.truncatedTo(ChronoUnit.HOURS).equals(to) ? to : to.truncatedTo(ChronoUnit.HOURS).plus(HourlySeries.HOUR);
        int hours = (int) ChronoUnit.HOURS.between(start, end);
        long[] counts = new long[hours];
        for (int offset = 0; offset < hours; offset += CHUNK) {
            Instant a = start.plus(HourlySeries.HOUR.multipliedBy(offset));
            Instant b = start.plus(HourlySeries.HOUR.multipliedBy(Math.min(hours, offset + CHUNK)));
            Figures.Volume volume = analytics.volume(rule.workspace(), selection(rule, a, b), Interval.HOUR);
            for (Figures.Bucket bucket : volume.buckets()) {
                int i = (int) ChronoUnit.HOURS.between(start, bucket.start());
                if (i >= 0 && i < hours) {
                    counts[i] = rule.kind() == AlertKind.NEGATIVE_SPIKE ? bucket.negative() : bucket.count();
                }
            }
        }
        return HourlySeries.of(start, counts);
    }

    /** The rule's posts over {@code [from, to)} (for a negative spike: the negative ones), counted in UTC. */
    static Selection selection(AlertRule rule, Instant from, Instant to) {
        String query = rule.query();
        if (rule.kind() == AlertKind.NEGATIVE_SPIKE) {
            query = query == null ? "sentiment:negative" : "(" + query + ") AND sentiment:negative";
        }
        return new Selection(query, rule.topic(), from, to, null, null, ZoneOffset.UTC);
    }
}
