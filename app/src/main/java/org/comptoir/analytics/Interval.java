package org.comptoir.analytics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The width of a volume bucket. Days and weeks are the user's: they start at midnight (Monday) in their zone. */
public enum Interval {
    HOUR, DAY, WEEK;

    static final int MAX_BUCKETS = 5_000;

    public static Interval fromLabel(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown interval '" + label + "': use hour, day or week");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The bucket edges covering {@code [from, to)}: the first is the start of the bucket holding {@code from},
     * the last the end of the bucket holding the last instant before {@code to} (DST-safe: days are calendar days).
     */
    List<Instant> edges(Instant from, Instant to, ZoneId zone) {
        List<Instant> edges = new ArrayList<>();
        ZonedDateTime edge = start(from.atZone(zone));
        edges.add(edge.toInstant());
        while (edge.toInstant().isBefore(to)) {
            edge = next(edge);
            edges.add(edge.toInstant());
            if (edges.size() > MAX_BUCKETS + 1) {
                throw new IllegalArgumentException("more than " + MAX_BUCKETS + " " + label()
                        + " buckets: choose a shorter range or a wider interval");
            }
        }
        return edges;
    }

    private ZonedDateTime start(ZonedDateTime time) {
        return switch (this) {
            case HOUR -> time.truncatedTo(ChronoUnit.HOURS);
            case DAY -> time.toLocalDate().atStartOfDay(time.getZone());
            case WEEK -> time.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(time.getZone());
        };
    }

    private ZonedDateTime next(ZonedDateTime edge) {
        return switch (this) {
            case HOUR -> edge.plusHours(1);
            case DAY -> edge.toLocalDate().plusDays(1).atStartOfDay(edge.getZone());
            case WEEK -> edge.toLocalDate().plusWeeks(1).atStartOfDay(edge.getZone());
        };
    }
}
