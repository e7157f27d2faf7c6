package ru.reglament.shared;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private static final WorkingCalendar calendar = WorkingCalendar.fromClasspath();

    @Test
    void shippedCalendarCoversTheDecreeYears() {
        assertThat(calendar.covers(2025)).isTrue();
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2027)).isTrue();
        assertThat(calendar.covers(2031)).isFalse();
    }

    @Test
    void eachDecreeYearHasTheOfficialNumberOfWorkingDays() {
        assertThat(workingDaysIn(2025)).isEqualTo(247);
        assertThat(workingDaysIn(2026)).isEqualTo(247);
        assertThat(workingDaysIn(2027)).isEqualTo(247);
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2025-12-30, true",   // Tue, the last working day of 2025
            "2025-12-31, false",  // Wed, day off moved from 5 January
            "2026-01-01, false",
            "2026-01-09, false",  // Fri, day off moved from 3 January
            "2026-01-12, true",   // Mon, first working day of 2026
            "2025-05-02, false",  // Fri, moved from 4 January
            "2025-05-08, false",  // Thu, moved from 23 February
            "2025-05-12, true",
            "2025-06-13, false",  // Fri, moved from 8 March
            "2025-11-01, true",   // Sat, transferred working Saturday
            "2025-11-03, false",  // Mon, its day off
            "2026-03-09, false",  // Mon, 8 March fell on Sunday
            "2026-05-11, false",  // Mon, 9 May fell on Saturday
            "2026-12-31, false",
            "2027-02-20, true",   // Sat, transferred working Saturday
            "2027-02-22, false",
            "2027-05-03, false",
            "2027-06-14, false",
            "2027-11-05, false",  // Fri, moved from 2 January
            "2027-12-31, false",  // Fri, moved from 3 January
            "2025-10-15, true",
            "2025-10-18, false"   // an ordinary Saturday
    })
    void knowsRealWorkingDaysAndDaysOff(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void fridayApplicationWithOneWorkingDayIsDueOnMonday() {
        assertThat(calendar.addWorkingDays(of(2025, 10, 17), 1)).isEqualTo(of(2025, 10, 20));
    }

    @Test
    void newYearHolidaysPushTheDeadlineIntoJanuary() {
        assertThat(calendar.addWorkingDays(of(2025, 12, 30), 1)).isEqualTo(of(2026, 1, 12));
        assertThat(calendar.addWorkingDays(of(2025, 12, 26), 3)).isEqualTo(of(2026, 1, 12));
        assertThat(calendar.addWorkingDays(of(2026, 12, 30), 1)).isEqualTo(of(2027, 1, 11));
    }

    @Test
    void mayHolidaysAreSkipped() {
        assertThat(calendar.addWorkingDays(of(2025, 4, 30), 1)).isEqualTo(of(2025, 5, 5));
        assertThat(calendar.addWorkingDays(of(2025, 5, 7), 1)).isEqualTo(of(2025, 5, 12));
        assertThat(calendar.addWorkingDays(of(2025, 4, 30), 5)).isEqualTo(of(2025, 5, 13));
    }

    @Test
    void transferredWorkingSaturdayCounts() {
        assertThat(calendar.addWorkingDays(of(2025, 10, 31), 1)).isEqualTo(of(2025, 11, 1));
        assertThat(calendar.addWorkingDays(of(2025, 11, 1), 1)).isEqualTo(of(2025, 11, 5));
        assertThat(calendar.addWorkingDays(of(2027, 2, 19), 2)).isEqualTo(of(2027, 2, 24));
    }

    @Test
    void applicationSubmittedOnHolidayStartsCountingFromTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(of(2026, 1, 3), 1)).isEqualTo(of(2026, 1, 12));
    }

    @Test
    void zeroDaysIsTheStartItselfAndNegativeTermsAreRefused() {
        assertThat(calendar.addWorkingDays(of(2025, 10, 18), 0)).isEqualTo(of(2025, 10, 18));
        assertThatThrownBy(() -> calendar.addWorkingDays(of(2025, 10, 18), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longTermsCrossSeveralYears() {
        assertThat(calendar.addWorkingDays(of(2024, 12, 31), 247 + 247)).isEqualTo(of(2026, 12, 30));
        assertThat(calendar.workingDaysLeft(of(2024, 12, 31), of(2027, 12, 31))).isEqualTo(3 * 247);
    }

    @Test
    void daysLeftCountsWorkingDaysAfterTodayUpToTheDeadline() {
        assertThat(calendar.workingDaysLeft(of(2025, 10, 17), of(2025, 10, 20))).isEqualTo(1);
        assertThat(calendar.workingDaysLeft(of(2025, 10, 18), of(2025, 10, 20))).isEqualTo(1);
        assertThat(calendar.workingDaysLeft(of(2025, 12, 29), of(2026, 1, 13))).isEqualTo(3);
    }

    @Test
    void deadlineTodayLeavesZeroDays() {
        assertThat(calendar.workingDaysLeft(of(2025, 10, 20), of(2025, 10, 20))).isZero();
        assertThat(calendar.workingDaysLeft(of(2025, 10, 18), of(2025, 10, 18))).isZero();
    }

    @Test
    void overdueApplicationShowsWorkingDaysOverdueAsNegative() {
        assertThat(calendar.workingDaysLeft(of(2025, 10, 20), of(2025, 10, 17))).isEqualTo(-1);
        assertThat(calendar.workingDaysLeft(of(2025, 10, 21), of(2025, 10, 17))).isEqualTo(-2);
        assertThat(calendar.workingDaysLeft(of(2026, 1, 12), of(2025, 12, 30))).isEqualTo(-1);
    }

    @Test
    void overdueOverTheWeekendIsStillOverdue() {
        assertThat(calendar.workingDaysLeft(of(2025, 10, 18), of(2025, 10, 17))).isEqualTo(-1);
        assertThat(calendar.workingDaysLeft(of(2026, 1, 5), of(2025, 12, 30))).isEqualTo(-1);
    }

    @Test
    void deadlineAndDaysLeftAgreeForEveryStartAndTerm() {
        for (LocalDate start = of(2024, 12, 1); start.isBefore(of(2028, 1, 1)); start = start.plusDays(1)) {
            for (int days = 0; days <= 40; days++) {
                LocalDate deadline = calendar.addWorkingDays(start, days);
                assertThat(calendar.workingDaysLeft(start, deadline)).as("%s + %d", start, days).isEqualTo(days);
                if (days > 0) {
                    assertThat(calendar.isWorkingDay(deadline)).as("%s + %d", start, days).isTrue();
                    assertThat(calendar.addWorkingDays(start, days - 1)).isBefore(deadline);
                }
            }
        }
    }

    @Test
    void yearsWithoutDataFallBackToWeekendsAndStatutoryHolidays() {
        // 2031 is not in the file: no transfers, only Saturday/Sunday and Labour Code art. 112.
        assertThat(calendar.isWorkingDay(of(2031, 1, 8))).isFalse();   // Wed
        assertThat(calendar.isWorkingDay(of(2031, 1, 9))).isTrue();    // Thu
        assertThat(calendar.isWorkingDay(of(2031, 2, 24))).isTrue();   // Mon after a Sunday 23 February: no transfer
        assertThat(calendar.isWorkingDay(of(2031, 3, 7))).isTrue();
        assertThat(calendar.isWorkingDay(of(2031, 5, 1))).isFalse();   // Thu
        assertThat(calendar.isWorkingDay(of(2031, 5, 9))).isFalse();   // Fri
        assertThat(calendar.isWorkingDay(of(2031, 6, 12))).isFalse();  // Thu
        assertThat(calendar.isWorkingDay(of(2031, 11, 4))).isFalse();  // Tue
        assertThat(calendar.isWorkingDay(of(2031, 11, 8))).isFalse();  // Sat
        assertThat(calendar.covers(2031)).isFalse();
        assertThat(calendar.addWorkingDays(of(2030, 12, 31), 1)).isEqualTo(of(2031, 1, 9));
    }

    @Test
    void datesFarOutsideThePlausibleRangeAreRefusedNotLoopedOver() {
        assertThatThrownBy(() -> calendar.workingDaysLeft(of(2025, 1, 1), LocalDate.MAX))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.addWorkingDays(of(2025, 1, 1), Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int workingDaysIn(int year) {
        int count = 0;
        for (LocalDate d = of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
