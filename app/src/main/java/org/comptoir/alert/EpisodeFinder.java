package org.comptoir.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.comptoir.analytics.Selection;
import org.comptoir.query.QuerySyntaxException;

/**
 * The episodes of one rule over {@code [from, to)}, by kind: the spikes and the silent query through {@link Detector} on the
 * rule's series (read with the 8 weeks its baseline needs), the negative share through {@link ShareDetector} (with the 7 days
 * its usual share needs), "an advocate or a top author turns negative" through the minimum-volume test on the negative posts
 * of the authors {@link AuthorWatch} names, chosen again for each day. The live evaluation and the replay both call it.
 */
final class EpisodeFinder {
    private final SeriesReader series;
    private final AuthorWatch watch;

    EpisodeFinder(SeriesReader series, AuthorWatch watch) {
        this.series = series;
        this.watch = watch;
    }

    /** {@code lastComplete} false when the last hour is still filling (it may start an episode, never end one). */
    List<Episode> find(AlertRule rule, Instant from, Instant to, boolean lastComplete) throws QuerySyntaxException {
        Instant start = from.truncatedTo(ChronoUnit.HOURS);
        return switch (rule.kind()) {
            case NEGATIVE_SHARE -> {
                Instant readFrom = start.minus(Duration.ofDays(ShareDetector.DAYS));
                HourlySeries[] s = series.readShare(rule, readFrom, to);
                yield ShareDetector.of(rule).episodes(s[0], s[1], (int) ChronoUnit.HOURS.between(s[1].start(), start), lastComplete);
            }
            case AUTHOR_TURNS_NEGATIVE -> {
                HourlySeries s = authorSeries(rule, start, to);
                yield new Detector(AlertKind.QUERY_MATCHES, rule.sensitivity(), rule.minVolume(), rule.cooldownHours())
                        .episodes(s, 0, lastComplete);
            }
            case SOURCE_STOPPED, OBJECTIVE_AT_RISK -> List.of();
            default -> {
                Instant readFrom = start.minus(Duration.ofHours((long) Baseline.WEEK * Baseline.WEEKS + 1));
                HourlySeries s = series.read(rule, readFrom, to);
                yield Detector.of(rule).episodes(s, (int) ChronoUnit.HOURS.between(s.start(), start), lastComplete);
            }
        };
    }

    /** The watched authors' negative posts per hour, the watch list drawn again at the start of each UTC day. */
    private HourlySeries authorSeries(AlertRule rule, Instant start, Instant to) throws QuerySyntaxException {
        int hours = (int) Math.max(0, Math.ceil(Duration.between(start, to).toMinutes() / 60.0));
        long[] counts = new long[hours];
        Instant day = start;
        while (day.isBefore(to)) {
            Instant next = day.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
            Instant until = next.isBefore(to) ? next : to;
            Selection s = AuthorWatch.negativePostsOf(rule, watch.handles(rule, day.truncatedTo(ChronoUnit.DAYS)), day, until);
            if (s != null) {
                HourlySeries part = series.read(rule.workspace(), s, day, until);
                int offset = (int) ChronoUnit.HOURS.between(start, part.start());
                for (int i = 0; i < part.size() && offset + i < hours; i++) {
                    counts[offset + i] = part.at(i);
                }
            }
            day = until;
        }
        return HourlySeries.of(start, counts);
    }
}
