package org.comptoir.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** When a schedule is next due, in the workspace's zone, across daylight-saving changes (Europe/Paris, 2026). */
class ReportScheduleTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static ReportSchedule schedule(Period period, DayOfWeek day, int dayOfMonth, String at) {
        return new ReportSchedule("ws", period, day, dayOfMonth, LocalTime.parse(at), Locale.FRENCH, List.of("team"), true);
    }

    static Instant next(ReportSchedule s, String nowUtc) {
        Clock clock = Clock.fixed(Instant.parse(nowUtc), ZoneOffset.UTC);
        return s.nextDue(clock.instant(), PARIS);
    }

    @Test
    void aDailyReportIsDueAtItsLocalTimeTodayOrTomorrow() {
        ReportSchedule daily = schedule(Period.DAY, null, 1, "08:00");
        assertThat(next(daily, "2026-01-15T06:00:00Z")).isEqualTo("2026-01-15T07:00:00Z");
        assertThat(next(daily, "2026-01-15T07:00:00Z")).as("exactly at the due instant: the next day").isEqualTo("2026-01-16T07:00:00Z");
        assertThat(next(daily, "2026-01-15T07:00:01Z")).isEqualTo("2026-01-16T07:00:00Z");
    }

    @Test
    void theLocalTimeStaysTheSameAcrossTheSpringChangeOfClocks() {
        ReportSchedule daily = schedule(Period.DAY, null, 1, "08:00");
        // 2026-03-29: Paris goes from UTC+1 to UTC+2 at 02:00 local.
        assertThat(next(daily, "2026-03-28T07:30:00Z")).isEqualTo("2026-03-29T06:00:00Z");
        assertThat(next(daily, "2026-03-29T06:00:00Z")).isEqualTo("2026-03-30T06:00:00Z");
    }

    @Test
    void aTimeSkippedByTheSpringChangeIsSentOneHourLaterThatDay() {
        ReportSchedule daily = schedule(Period.DAY, null, 1, "02:30");
        // 02:30 does not exist in Paris on 2026-03-29: the report goes at 03:30 CEST (01:30 UTC), once.
        assertThat(next(daily, "2026-03-28T02:00:00Z")).isEqualTo("2026-03-29T01:30:00Z");
        assertThat(next(daily, "2026-03-29T01:30:00Z")).isEqualTo("2026-03-30T00:30:00Z");
    }

    @Test
    void aTimeThatHappensTwiceInAutumnIsSentOnce() {
        ReportSchedule daily = schedule(Period.DAY, null, 1, "02:30");
        // 2026-10-25: Paris goes back from UTC+2 to UTC+1 at 03:00 local; 02:30 happens at 00:30 and 01:30 UTC.
        assertThat(next(daily, "2026-10-24T12:00:00Z")).isEqualTo("2026-10-25T00:30:00Z");
        assertThat(next(daily, "2026-10-25T00:30:00Z")).as("not again at the second 02:30").isEqualTo("2026-10-26T01:30:00Z");
    }

    @Test
    void aWeeklyReportIsDueOnItsDayOfTheWeek() {
        ReportSchedule weekly = schedule(Period.WEEK, DayOfWeek.MONDAY, 1, "09:15");
        // 2026-03-25 is a Wednesday; the next Monday, 2026-03-30, is after the change of clocks (UTC+2).
        assertThat(next(weekly, "2026-03-25T10:00:00Z")).isEqualTo("2026-03-30T07:15:00Z");
        // On the Monday itself, before and after 09:15 local.
        assertThat(next(weekly, "2026-03-30T07:00:00Z")).isEqualTo("2026-03-30T07:15:00Z");
        assertThat(next(weekly, "2026-03-30T08:00:00Z")).isEqualTo("2026-04-06T07:15:00Z");
    }

    @Test
    void aMonthlyReportIsDueOnItsDayOfTheMonth() {
        ReportSchedule monthly = schedule(Period.MONTH, null, 1, "08:00");
        assertThat(next(monthly, "2026-01-31T20:00:00Z")).isEqualTo("2026-02-01T07:00:00Z");
        assertThat(next(monthly, "2026-02-01T07:00:00Z")).isEqualTo("2026-03-01T07:00:00Z");
        // Midnight UTC on 1 April is already 02:00 in Paris: the 08:00 sending that day is still ahead.
        assertThat(next(monthly, "2026-04-01T00:00:00Z")).isEqualTo("2026-04-01T06:00:00Z");
        ReportSchedule on28 = schedule(Period.MONTH, null, 28, "23:30");
        assertThat(next(on28, "2026-02-28T22:29:00Z")).isEqualTo("2026-02-28T22:30:00Z");
        assertThat(next(on28, "2026-02-28T22:31:00Z")).isEqualTo("2026-03-28T22:30:00Z");
    }

    @Test
    void theDayIsReadInTheWorkspaceZoneNotInUtc() {
        ReportSchedule daily = schedule(Period.DAY, null, 1, "08:00");
        Instant now = Instant.parse("2026-01-15T23:30:00Z");
        // Already 16 January 08:30 in Tokyo: the next 08:00 there is on the 17th.
        assertThat(daily.nextDue(now, ZoneId.of("Asia/Tokyo"))).isEqualTo("2026-01-16T23:00:00Z");
        assertThat(daily.nextDue(now, PARIS)).isEqualTo("2026-01-16T07:00:00Z");
    }

    @Test
    void aScheduleNeedsARecipientAndADayEveryMonthHas() {
        assertThatThrownBy(() -> new ReportSchedule("ws", Period.WEEK, DayOfWeek.MONDAY, 1, null, null, List.of(), true))
                .hasMessageContaining("at least one recipient");
        assertThatThrownBy(() -> schedule(Period.MONTH, null, 31, "08:00")).hasMessageContaining("between 1 and 28");
        assertThatThrownBy(() -> ReportSchedule.time("25:00")).hasMessageContaining("HH:MM");
        assertThat(ReportSchedule.dayOfWeek("friday")).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(ReportSchedule.dayOfWeek("5")).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(ReportSchedule.language("EN")).isEqualTo(Locale.ENGLISH);
    }
}
