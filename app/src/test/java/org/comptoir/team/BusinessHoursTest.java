package org.comptoir.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working-time arithmetic: week-ends, holidays, lunch breaks, time zones and the days the clocks change. */
class BusinessHoursTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final BusinessHours OFFICE = BusinessHours.weekdays(PARIS, LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of());

    static Instant paris(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), PARIS).toInstant();
    }

    @Test
    void timeWithinOneDayCountsAsItIs() {
        assertThat(OFFICE.between(paris("2026-03-10T10:00"), paris("2026-03-10T12:30"))).isEqualTo(Duration.ofMinutes(150));
        assertThat(OFFICE.plus(paris("2026-03-10T10:00"), Duration.ofHours(2))).isEqualTo(paris("2026-03-10T12:00"));
    }

    @Test
    void nightsAndWeekEndsDoNotCount() {
        // Friday 17:00 → Monday 10:00: one hour on Friday, one on Monday
        assertThat(OFFICE.between(paris("2026-03-13T17:00"), paris("2026-03-16T10:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(OFFICE.plus(paris("2026-03-13T17:00"), Duration.ofHours(2))).isEqualTo(paris("2026-03-16T10:00"));
        // a post on Saturday: the clock starts on Monday at opening
        assertThat(OFFICE.plus(paris("2026-03-14T11:00"), Duration.ofMinutes(30))).isEqualTo(paris("2026-03-16T09:30"));
        assertThat(OFFICE.between(paris("2026-03-14T08:00"), paris("2026-03-15T23:00"))).isZero();
        assertThat(OFFICE.isOpen(paris("2026-03-14T11:00"))).isFalse();
        assertThat(OFFICE.isOpen(paris("2026-03-16T09:00"))).isTrue();
        assertThat(OFFICE.isOpen(paris("2026-03-16T18:00"))).isFalse();
    }

    @Test
    void holidaysAreSkipped() {
        BusinessHours mayDay = BusinessHours.weekdays(PARIS, LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of(LocalDate.of(2026, 5, 1)));
        // Thursday 30 April 17:30 + 1 h: half an hour on Thursday, Friday 1 May is a holiday, half an hour on Monday
        assertThat(mayDay.plus(paris("2026-04-30T17:30"), Duration.ofHours(1))).isEqualTo(paris("2026-05-04T09:30"));
        assertThat(mayDay.between(paris("2026-04-30T00:00"), paris("2026-05-05T00:00"))).isEqualTo(Duration.ofHours(18));
    }

    @Test
    void severalWindowsADayLeaveTheLunchBreakOut() {
        List<BusinessHours.Window> day = List.of(new BusinessHours.Window(LocalTime.of(14, 0), LocalTime.of(18, 0)),
                new BusinessHours.Window(LocalTime.of(9, 0), LocalTime.of(12, 0)));
        BusinessHours split = new BusinessHours(PARIS, Map.of(DayOfWeek.TUESDAY, day), Set.of());
        assertThat(split.plus(paris("2026-03-10T11:00"), Duration.ofHours(2))).isEqualTo(paris("2026-03-10T15:00"));
        assertThat(split.between(paris("2026-03-10T00:00"), paris("2026-03-11T00:00"))).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void theSameInstantHasDifferentDeadlinesInDifferentTimeZones() {
        BusinessHours montreal = BusinessHours.weekdays(ZoneId.of("America/Montreal"), LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of());
        Instant post = Instant.parse("2026-03-10T16:00:00Z"); // 17:00 in Paris, 12:00 in Montreal
        assertThat(OFFICE.plus(post, Duration.ofHours(2))).isEqualTo(paris("2026-03-11T10:00"));
        assertThat(montreal.plus(post, Duration.ofHours(2))).isEqualTo(Instant.parse("2026-03-10T18:00:00Z"));
    }

    @Test
    void theDaysTheClocksChangeHaveTheHoursTheyReallyHave() {
        BusinessHours always = BusinessHours.always(PARIS);
        // 29 March 2026: 02:00 → 03:00 in Paris; 25 October 2026: 03:00 → 02:00
        assertThat(always.between(paris("2026-03-29T00:00"), paris("2026-03-30T00:00"))).isEqualTo(Duration.ofHours(23));
        assertThat(always.between(paris("2026-10-25T00:00"), paris("2026-10-26T00:00"))).isEqualTo(Duration.ofHours(25));
        assertThat(always.plus(paris("2026-03-29T01:00"), Duration.ofHours(2))).isEqualTo(paris("2026-03-29T04:00"));
        BusinessHours nights = new BusinessHours(PARIS, Map.of(DayOfWeek.SUNDAY,
                List.of(new BusinessHours.Window(LocalTime.of(1, 0), LocalTime.of(4, 0)))), Set.of());
        assertThat(nights.between(paris("2026-03-29T00:00"), paris("2026-03-30T00:00"))).as("01:00–04:00 loses an hour").isEqualTo(Duration.ofHours(2));
        assertThat(nights.between(paris("2026-10-25T00:00"), paris("2026-10-26T00:00"))).as("and gains one").isEqualTo(Duration.ofHours(4));
        // an office day on a change day keeps its nine hours
        assertThat(BusinessHours.weekdays(PARIS, LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of())
                .between(paris("2026-03-27T00:00"), paris("2026-03-31T00:00"))).isEqualTo(Duration.ofHours(18));
    }

    @Test
    void betweenAndPlusAgree() {
        Instant from = paris("2026-03-12T16:20");
        for (long minutes : new long[] {0, 1, 40, 100, 540, 541, 2000, 10_000}) {
            Instant deadline = OFFICE.plus(from, Duration.ofMinutes(minutes));
            assertThat(OFFICE.between(from, deadline)).as(minutes + " min").isEqualTo(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void aScheduleThatNeverOpensAndBadWindowsAreClearErrors() {
        BusinessHours closed = new BusinessHours(PARIS, Map.of(), Set.of());
        assertThatThrownBy(() -> closed.plus(paris("2026-03-10T10:00"), Duration.ofMinutes(1))).hasMessageContaining("never open");
        assertThat(closed.between(paris("2026-03-10T10:00"), paris("2026-03-20T10:00"))).isZero();
        assertThatThrownBy(() -> new BusinessHours.Window(LocalTime.of(18, 0), LocalTime.of(9, 0))).hasMessageContaining("closes after");
        assertThatThrownBy(() -> OFFICE.plus(paris("2026-03-10T10:00"), Duration.ofMinutes(-1))).hasMessageContaining("not negative");
    }
}
