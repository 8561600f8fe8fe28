package org.comptoir.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * When a workspace's report is mailed: every day, every week on {@code dayOfWeek} or every month on {@code dayOfMonth}
 * (1–28, so every month has it), at the local time {@code at} of the workspace's zone, in {@code language}, to the email
 * notifiers named in {@code recipients}. The report sent covers the period ending at the due instant (docs/reports.md).
 */
public record ReportSchedule(String workspace, Period period, DayOfWeek dayOfWeek, int dayOfMonth, LocalTime at, Locale language,
                             List<String> recipients, boolean enabled) {
    public static final LocalTime DEFAULT_AT = LocalTime.of(8, 0);

    public ReportSchedule {
        if (period == null) {
            throw new IllegalArgumentException("a schedule needs a period: day, week or month");
        }
        dayOfWeek = dayOfWeek == null ? DayOfWeek.MONDAY : dayOfWeek;
        if (dayOfMonth < 1 || dayOfMonth > 28) {
            throw new IllegalArgumentException("day_of_month must be between 1 and 28 (every month has it)");
        }
        at = (at == null ? DEFAULT_AT : at).withSecond(0).withNano(0);
        language = language == null || !language.getLanguage().equals("en") ? Locale.FRENCH : Locale.ENGLISH;
        recipients = recipients == null ? List.of()
                : recipients.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).distinct().toList();
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one recipient (the name of an email notifier)");
        }
    }

    /**
     * The first due instant strictly after {@code after}: the schedule's local date and time in {@code zone}. A local time
     * that does not exist that day (skipped by a daylight-saving change) is moved forward by the gap (02:30 → 03:30); one that
     * happens twice (clocks set back) is due at its first occurrence only.
     */
    public Instant nextDue(Instant after, ZoneId zone) {
        LocalDate day = after.atZone(zone).toLocalDate();
        LocalDate candidate = switch (period) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.nextOrSame(dayOfWeek));
            case MONTH -> day.withDayOfMonth(dayOfMonth);
        };
        Instant due = ZonedDateTime.of(candidate, at, zone).toInstant();
        while (!due.isAfter(after)) {
            candidate = switch (period) {
                case DAY -> candidate.plusDays(1);
                case WEEK -> candidate.plusWeeks(1);
                case MONTH -> candidate.plusMonths(1);
            };
            due = ZonedDateTime.of(candidate, at, zone).toInstant();
        }
        return due;
    }

    static DayOfWeek dayOfWeek(String value) {
        if (value == null || value.isBlank()) {
            return DayOfWeek.MONDAY;
        }
        String v = value.strip();
        if (v.matches("[1-7]")) {
            return DayOfWeek.of(Integer.parseInt(v));
        }
        try {
            return DayOfWeek.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown day of week '" + value + "': use monday … sunday or 1 … 7");
        }
    }

    static LocalTime time(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_AT;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("a time is written HH:MM, e.g. 08:00: '" + value + "'");
        }
    }

    static Locale language(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("fr")) {
            return Locale.FRENCH;
        }
        if (value.strip().equalsIgnoreCase("en")) {
            return Locale.ENGLISH;
        }
        throw new IllegalArgumentException("unknown language '" + value + "': use fr or en");
    }
}
