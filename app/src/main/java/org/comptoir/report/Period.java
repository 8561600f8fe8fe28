package org.comptoir.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.comptoir.analytics.Interval;

/** The span a report covers: the day, the 7 days or the calendar month of the workspace's zone ending at the report's instant. */
public enum Period {
    DAY, WEEK, MONTH;

    public static Period fromLabel(String label) {
        try {
            return valueOf((label == null || label.isBlank() ? "week" : label.strip()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown period '" + label + "': use day, week or month");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The start of the period that ends at {@code end}: one calendar day, week or month earlier in {@code zone}. */
    Instant startOf(Instant end, ZoneId zone) {
        ZonedDateTime e = end.atZone(zone);
        return switch (this) {
            case DAY -> e.minusDays(1).toInstant();
            case WEEK -> e.minusWeeks(1).toInstant();
            case MONTH -> e.minusMonths(1).toInstant();
        };
    }

    /** The width of the volume chart's bars. */
    Interval interval() {
        return this == DAY ? Interval.HOUR : Interval.DAY;
    }
}
