package org.comptoir.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.comptoir.inbox.PausedClock.Pause;
import org.comptoir.team.BusinessHours;
import org.comptoir.team.HoursSpec;
import org.junit.jupiter.api.Test;

/** Target clocks that stop while a conversation is snoozed, counted in business hours. */
class PausedClockTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final BusinessHours OFFICE = new BusinessHours(PARIS, HoursSpec.parse("mon-fri 09:00-18:00"), Set.of(LocalDate.parse("2026-05-01")));
    // Friday 2026-03-13 17:00 Paris
    static final Instant FRIDAY_5PM = Instant.parse("2026-03-13T16:00:00Z");

    static Instant t(String at) {
        return Instant.parse(at);
    }

    @Test
    void withoutPausesItIsTheBusinessHoursDeadline() {
        assertThat(PausedClock.due(OFFICE, FRIDAY_5PM, Duration.ofHours(4), List.of(), t("2026-03-13T16:10:00Z")))
                .isEqualTo(OFFICE.plus(FRIDAY_5PM, Duration.ofHours(4))).isEqualTo(t("2026-03-16T11:00:00Z"));
    }

    @Test
    void aSnoozeOverTheWeekEndOnlyMovesTheDeadlineByTheWorkingTimeItCovered() {
        // 30 min worked on Friday (17:00-17:30), snoozed until Monday 10:00 Paris: 3 h 30 left from then → Monday 13:30 Paris
        Pause snooze = new Pause(t("2026-03-13T16:30:00Z"), t("2026-03-16T09:00:00Z"));
        assertThat(PausedClock.due(OFFICE, FRIDAY_5PM, Duration.ofHours(4), List.of(snooze), t("2026-03-17T08:00:00Z")))
                .isEqualTo(t("2026-03-16T12:30:00Z"));
        // a snooze that covered only the week-end changes nothing: the week-end was not counted anyway
        Pause weekEnd = new Pause(t("2026-03-13T17:00:00Z"), t("2026-03-16T08:00:00Z"));
        assertThat(PausedClock.due(OFFICE, FRIDAY_5PM, Duration.ofHours(4), List.of(weekEnd), t("2026-03-17T08:00:00Z")))
                .isEqualTo(t("2026-03-16T11:00:00Z"));
    }

    @Test
    void aSnoozeStillRunningStopsTheClockAtNow() {
        // snoozed Friday 17:30 Paris, still snoozed on Tuesday 12:00 Paris: 3 h 30 left, counted from now → Tuesday 15:30 Paris
        Pause running = new Pause(t("2026-03-13T16:30:00Z"), null);
        assertThat(PausedClock.due(OFFICE, FRIDAY_5PM, Duration.ofHours(4), List.of(running), t("2026-03-17T11:00:00Z")))
                .isEqualTo(t("2026-03-17T14:30:00Z"));
        // a pause ending after now is still running now
        Pause later = new Pause(t("2026-03-13T16:30:00Z"), t("2026-03-20T08:00:00Z"));
        assertThat(PausedClock.due(OFFICE, FRIDAY_5PM, Duration.ofHours(4), List.of(later), t("2026-03-17T11:00:00Z")))
                .isEqualTo(t("2026-03-17T14:30:00Z"));
    }

    @Test
    void aSnoozeAfterTheTargetWasUsedUpDoesNotMoveAMissedDeadline() {
        Pause late = new Pause(t("2026-03-16T12:00:00Z"), t("2026-03-18T08:00:00Z"));
        assertThat(PausedClock.due(OFFICE, FRIDAY_5PM, Duration.ofHours(4), List.of(late), t("2026-03-19T08:00:00Z")))
                .isEqualTo(t("2026-03-16T11:00:00Z"));
    }

    @Test
    void severalSnoozesInAnyOrderAddUpAndAHolidayStaysOff() {
        // Thursday 2026-04-30 09:00 Paris, 8 working hours; snoozed 10:00-11:00 and 14:00-15:00 Paris: 7 h on Thursday,
        // Friday 1 May is a holiday, 1 h on Monday 4 May → 10:00 Paris
        Instant thursday = t("2026-04-30T07:00:00Z");
        List<Pause> pauses = List.of(new Pause(t("2026-04-30T12:00:00Z"), t("2026-04-30T13:00:00Z")),
                new Pause(t("2026-04-30T08:00:00Z"), t("2026-04-30T09:00:00Z")));
        assertThat(PausedClock.due(OFFICE, thursday, Duration.ofHours(8), pauses, t("2026-05-05T08:00:00Z")))
                .isEqualTo(t("2026-05-04T08:00:00Z"));
    }
}
