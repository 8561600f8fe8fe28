package org.comptoir.team;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The written form of a weekly schedule, as the API and the pages take it: {@code "mon-fri 09:00-12:30 13:30-18:00;
 * sat 10:00-12:00"} (days or day ranges, then windows; {@code 24:00} closes at midnight), and holidays as ISO dates.
 */
public final class HoursSpec {
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private HoursSpec() {
    }

    public static Map<DayOfWeek, List<BusinessHours.Window>> parse(String spec) {
        Map<DayOfWeek, List<BusinessHours.Window>> week = new EnumMap<>(DayOfWeek.class);
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("hours are needed, e.g. \"mon-fri 09:00-18:00\"");
        }
        for (String part : spec.toLowerCase(Locale.ROOT).split(";")) {
            String[] words = part.strip().split("\\s+");
            if (words.length < 2) {
                throw new IllegalArgumentException("'" + part.strip() + "' needs days then windows, e.g. \"mon-fri 09:00-18:00\"");
            }
            List<DayOfWeek> days = days(words[0]);
            for (int i = 1; i < words.length; i++) {
                BusinessHours.Window window = window(words[i]);
                days.forEach(d -> week.computeIfAbsent(d, k -> new ArrayList<>()).add(window));
            }
        }
        return week;
    }

    public static String format(Map<DayOfWeek, List<BusinessHours.Window>> week) {
        List<String> parts = new ArrayList<>();
        week.forEach((day, windows) -> parts.add(DAYS.get(day.getValue() - 1) + " " + String.join(" ", windows.stream()
                .map(w -> w.open() + "-" + (w.close().equals(LocalTime.MIDNIGHT) ? "24:00" : w.close().toString())).toList())));
        return String.join("; ", parts);
    }

    public static List<LocalDate> holidays(List<String> dates) {
        TreeSet<LocalDate> out = new TreeSet<>();
        for (String d : dates == null ? List.<String>of() : dates) {
            if (d != null && !d.isBlank()) {
                try {
                    out.add(LocalDate.parse(d.strip()));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("a holiday is an ISO date such as 2026-05-01, not '" + d + "'");
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<DayOfWeek> days(String word) {
        String[] ends = word.split("-");
        int from = day(ends[0]);
        int to = ends.length > 1 ? day(ends[1]) : from;
        if (ends.length > 2 || to < from) {
            throw new IllegalArgumentException("'" + word + "' is not a day or a range of days such as mon-fri");
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (int d = from; d <= to; d++) {
            days.add(DayOfWeek.of(d + 1));
        }
        return days;
    }

    private static int day(String name) {
        int i = DAYS.indexOf(name.length() >= 3 ? name.substring(0, 3) : name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown day '" + name + "' (expected mon, tue, wed, thu, fri, sat or sun)");
        }
        return i;
    }

    private static BusinessHours.Window window(String word) {
        String[] ends = word.split("-");
        try {
            if (ends.length != 2) {
                throw new DateTimeParseException("", word, 0);
            }
            LocalTime close = ends[1].equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(ends[1]);
            return new BusinessHours.Window(LocalTime.parse(ends[0]), close);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + word + "' is not a window such as 09:00-18:00");
        }
    }
}
