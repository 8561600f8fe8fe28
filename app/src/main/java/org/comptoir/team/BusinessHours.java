package org.comptoir.team;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When a team works: opening windows per day of the week in the team's time zone, minus holidays. Response-time
 * targets count in these hours: {@link #between} is the working time elapsed between two instants and {@link #plus}
 * the deadline a working duration after an instant. Windows are wall-clock times, so a day on which the clocks
 * change has the hours its windows really cover (a 00:00–24:00 window lasts 23 h in spring, 25 h in autumn).
 */
public final class BusinessHours {
    /** How far {@link #plus} looks ahead before deciding the schedule never opens. */
    static final int MAX_DAYS = 3_700;
    private final ZoneId zone;
    private final Map<DayOfWeek, List<Window>> week;
    private final Set<LocalDate> holidays;

    /** An opening window of one day; {@code close} {@link LocalTime#MIDNIGHT} means the end of the day. */
    public record Window(LocalTime open, LocalTime close) {
        public Window {
            Objects.requireNonNull(open, "open");
            Objects.requireNonNull(close, "close");
            if (!close.equals(LocalTime.MIDNIGHT) && !close.isAfter(open)) {
                throw new IllegalArgumentException("a window closes after it opens: " + open + "–" + close);
            }
        }
    }

    public BusinessHours(ZoneId zone, Map<DayOfWeek, List<Window>> week, Set<LocalDate> holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.week = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, windows) -> this.week.put(day, windows.stream()
                .sorted((a, b) -> a.open().compareTo(b.open())).toList()));
        this.holidays = Set.copyOf(holidays);
    }

    /** Monday to Friday, {@code open}–{@code close}, in {@code zone}, without holidays. */
    public static BusinessHours weekdays(ZoneId zone, LocalTime open, LocalTime close, Set<LocalDate> holidays) {
        Map<DayOfWeek, List<Window>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new Window(open, close)));
        }
        return new BusinessHours(zone, week, holidays);
    }

    /** Every hour of every day (a team that never closes), in {@code zone}. */
    public static BusinessHours always(ZoneId zone) {
        Map<DayOfWeek, List<Window>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(new Window(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
        }
        return new BusinessHours(zone, week, Set.of());
    }

    public ZoneId zone() {
        return zone;
    }

    /** Working time between {@code from} and {@code to} (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        for (LocalDate day = date(from).minusDays(1); !start(day).isAfter(to); day = day.plusDays(1)) {
            for (Interval open : intervals(day)) {
                Instant a = open.start().isAfter(from) ? open.start() : from;
                Instant b = open.end().isBefore(to) ? open.end() : to;
                if (b.isAfter(a)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    /** The instant at which {@code work} of working time has passed since {@code from}. */
    public Instant plus(Instant from, Duration work) {
        if (work.isNegative()) {
            throw new IllegalArgumentException("a working duration is not negative: " + work);
        }
        Duration left = work;
        LocalDate first = date(from).minusDays(1);
        for (LocalDate day = first; day.isBefore(first.plusDays(MAX_DAYS)); day = day.plusDays(1)) {
            for (Interval open : intervals(day)) {
                if (!open.end().isAfter(from)) {
                    continue;
                }
                Instant a = open.start().isAfter(from) ? open.start() : from;
                Duration here = Duration.between(a, open.end());
                if (left.compareTo(here) <= 0) {
                    return a.plus(left);
                }
                left = left.minus(here);
            }
        }
        throw new IllegalArgumentException("these business hours never open (or not within " + MAX_DAYS + " days)");
    }

    /** Whether the team works at {@code at}. */
    public boolean isOpen(Instant at) {
        return intervals(date(at)).stream().anyMatch(i -> !at.isBefore(i.start()) && at.isBefore(i.end()))
                || intervals(date(at).minusDays(1)).stream().anyMatch(i -> !at.isBefore(i.start()) && at.isBefore(i.end()));
    }

    private record Interval(Instant start, Instant end) {
    }

    private List<Interval> intervals(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        List<Interval> out = new ArrayList<>();
        for (Window w : week.getOrDefault(day.getDayOfWeek(), List.of())) {
            Instant start = day.atTime(w.open()).atZone(zone).toInstant();
            Instant end = w.close().equals(LocalTime.MIDNIGHT) ? start(day.plusDays(1)) : day.atTime(w.close()).atZone(zone).toInstant();
            if (end.isAfter(start)) {
                out.add(new Interval(start, end));
            }
        }
        return out;
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    @Override
    public String toString() {
        return "BusinessHours[" + zone + " " + week.toString().toLowerCase(Locale.ROOT) + ", " + holidays.size() + " holidays]";
    }
}
