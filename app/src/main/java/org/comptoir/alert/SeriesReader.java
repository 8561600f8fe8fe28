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
        return counts(rule.workspace(), selection(rule, from, to), from, to)[rule.kind() == AlertKind.NEGATIVE_SPIKE ? 1 : 0];
    }

    /** The rule's negative posts and all its posts per UTC hour over {@code [from, to)}: {@code [negative, total]}. */
    HourlySeries[] readShare(AlertRule rule, Instant from, Instant to) throws QuerySyntaxException {
        HourlySeries[] both = counts(rule.workspace(), new Selection(rule.query(), rule.topic(), from, to, null, null, ZoneOffset.UTC), from, to);
        return new HourlySeries[] {both[1], both[0]};
    }

    /** The posts of {@code selection}'s query and topic per UTC hour over {@code [from, to)}. */
    HourlySeries read(String workspace, Selection selection, Instant from, Instant to) throws QuerySyntaxException {
        return counts(workspace, selection, from, to)[0];
    }

    /** {@code [all posts, negative posts]} per hour. */
    private HourlySeries[] counts(String workspace, Selection selection, Instant from, Instant to) throws QuerySyntaxException {
        Instant start = from.truncatedTo(ChronoUnit.HOURS);
        Instant end = to.truncatedTo(ChronoUnit.HOURS).equals(to) ? to : to.truncatedTo(ChronoUnit.HOURS).plus(HourlySeries.HOUR);
        int hours = (int) ChronoUnit.HOURS.between(start, end);
        long[] all = new long[hours];
        long[] negative = new long[hours];
        for (int offset = 0; offset < hours; offset += CHUNK) {
            Instant a = start.plus(HourlySeries.HOUR.multipliedBy(offset));
            Instant b = start.plus(HourlySeries.HOUR.multipliedBy(Math.min(hours, offset + CHUNK)));
            Figures.Volume volume = analytics.volume(workspace, selection.between(a, b), Interval.HOUR);
            for (Figures.Bucket bucket : volume.buckets()) {
                int i = (int) ChronoUnit.HOURS.between(start, bucket.start());
                if (i >= 0 && i < hours) {
                    all[i] = bucket.count();
                    negative[i] = bucket.negative();
                }
            }
        }
        return new HourlySeries[] {HourlySeries.of(start, all), HourlySeries.of(start, negative)};
    }

    /** The rule's posts over {@code [from, to)} (for the negative kinds: the negative ones), counted in UTC. */
    static Selection selection(AlertRule rule, Instant from, Instant to) {
        String query = rule.query();
        if (rule.kind() == AlertKind.NEGATIVE_SPIKE || rule.kind() == AlertKind.NEGATIVE_SHARE || rule.kind() == AlertKind.AUTHOR_TURNS_NEGATIVE) {
            query = query == null ? "sentiment:negative" : "(" + query + ") AND sentiment:negative";
        }
        return new Selection(query, rule.topic(), from, to, null, null, ZoneOffset.UTC);
    }
}
