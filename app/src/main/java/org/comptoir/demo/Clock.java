package org.comptoir.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * When things are said. The window is the 90 UTC days ending on the last day; posts follow the daily
 * rhythm of a French audience (commute, lunch, evening) or a more spread English one, and delays are
 * log-normal: most answers come fast, a few very late.
 */
final class Clock {
    static final int DAYS = 90;
    private static final double[] FRENCH_HOURS = {1.0, 0.5, 0.3, 0.2, 0.3, 1.2, 3.0, 4.5, 4.2, 3.6, 4.2, 5.0,
            4.5, 3.8, 3.6, 3.8, 4.5, 5.2, 5.5, 6.0, 5.8, 4.0, 2.5, 1.6};
    private static final double[] ENGLISH_HOURS = {2.0, 1.5, 1.0, 0.8, 0.6, 0.8, 1.5, 2.5, 3.0, 3.2, 3.5, 3.8,
            4.0, 4.0, 4.2, 4.5, 4.6, 4.8, 5.0, 5.0, 4.6, 4.0, 3.2, 2.6};
    /** Brand accounts answer between these UTC hours (8h to 22h in Paris in winter). */
    private static final int OPENING_HOUR = 7;
    private static final int CLOSING_HOUR = 21;

    private final Instant start;
    private final Instant end;

    Clock(LocalDate lastDay) {
        this.start = lastDay.minusDays(DAYS - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
        this.end = lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    Instant start() {
        return start;
    }

    Instant end() {
        return end;
    }

    LocalDate date(int day) {
        return LocalDate.ofInstant(dayStart(day), ZoneOffset.UTC);
    }

    Instant dayStart(int day) {
        return start.plus(Duration.ofDays(day));
    }

    boolean contains(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    /** A moment of the day in the rhythm of the language, not before {@code fromMinute} (minutes after midnight). */
    Instant during(int day, String lang, int fromMinute, Random random) {
        double[] weights = lang.equals("fr") ? FRENCH_HOURS : ENGLISH_HOURS;
        int firstHour = fromMinute / 60;
        double total = 0;
        for (int h = firstHour; h < 24; h++) {
            total += weights[h];
        }
        double target = random.nextDouble() * total;
        int hour = firstHour;
        while (hour < 23 && (target -= weights[hour]) > 0) {
            hour++;
        }
        int minFirst = hour == firstHour ? fromMinute % 60 : 0;
        long seconds = hour * 3600L + (minFirst + random.nextInt(60 - minFirst)) * 60L + random.nextInt(60);
        return dayStart(day).plusSeconds(seconds).plusMillis(random.nextInt(1000));
    }

    /** A log-normal delay after {@code from}: half of the delays are shorter than the median. */
    static Instant after(Instant from, double medianMinutes, double sigma, Random random) {
        double minutes = Math.max(1, medianMinutes * Math.exp(sigma * random.nextGaussian()));
        return from.plusSeconds((long) (minutes * 60) + random.nextInt(60));
    }

    /** The same moment, or the next opening of the brand's community desk if it falls at night. */
    static Instant whenDeskOpen(Instant at, Random random) {
        int hour = at.atZone(ZoneOffset.UTC).getHour();
        if (hour >= OPENING_HOUR && hour < CLOSING_HOUR) {
            return at;
        }
        LocalDate date = LocalDate.ofInstant(at, ZoneOffset.UTC);
        if (hour >= CLOSING_HOUR) {
            date = date.plusDays(1);
        }
        return date.atStartOfDay(ZoneOffset.UTC).toInstant()
                .plusSeconds(OPENING_HOUR * 3600L + random.nextInt(100 * 60));
    }
}
