package ru.reglament.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;

/** The checks that stop a mistyped yearly update of the production calendar at start-up. */
class ProductionCalendarFileTest {

    /** 2026 as the decree has it, as a base to break one thing at a time. */
    private static final String YEAR_2026 = """
            2026:
              decree: Постановление Правительства РФ от 24.09.2025 № 1466
              total-working-days: 247
              days-off: [2026-01-01, 2026-01-02, 2026-01-05, 2026-01-06, 2026-01-07, 2026-01-08, 2026-01-09,
                         2026-02-23, 2026-03-09, 2026-05-01, 2026-05-11, 2026-06-12, 2026-11-04, 2026-12-31]
            """;

    @Test
    void readsAWellFormedYear() {
        SortedMap<Integer, ProductionCalendarFile.Year> years = read(YEAR_2026);
        assertThat(years).containsOnlyKeys(2026);
        assertThat(years.get(2026).daysOff()).hasSize(14).contains(LocalDate.of(2026, 1, 9));
        assertThat(years.get(2026).workingWeekends()).isEmpty();
        assertThat(new WorkingCalendar(years).isWorkingDay(LocalDate.of(2026, 1, 9))).isFalse();
    }

    @Test
    void shippedFileIsReadable() {
        assertThat(ProductionCalendarFile.readClasspath()).containsKeys(2025, 2026, 2027);
    }

    @Test
    void refusesAForgottenHoliday() {
        assertRefused(YEAR_2026.replace("2026-02-23, ", ""), "misses 2026-02-23");
    }

    @Test
    void refusesATotalThatDoesNotAddUp() {
        assertRefused(YEAR_2026.replace("247", "246"), "the lists give 247 working days but total-working-days says 246");
        assertRefused(YEAR_2026.replace("2026-12-31]", "]"), "the lists give 248 working days but total-working-days says 247");
    }

    @Test
    void refusesAWeekendAmongDaysOff() {
        assertRefused(YEAR_2026.replace("2026-12-31]", "2026-12-31, 2026-01-03]"), "lists 2026-01-03, a SATURDAY");
    }

    @Test
    void refusesAWeekdayOrHolidayAmongWorkingWeekends() {
        assertRefused(YEAR_2026 + "  working-weekends: [2026-10-14]\n", "working-weekends lists 2026-10-14, a WEDNESDAY");
        assertRefused(YEAR_2026 + "  working-weekends: [2026-01-03]\n", "a holiday of Labour Code art. 112");
    }

    @Test
    void refusesADateOfAnotherYear() {
        assertRefused(YEAR_2026.replace("2026-12-31]", "2025-12-31]"), "2025-12-31, which belongs to another year");
    }

    @Test
    void refusesADuplicateDateAndAMalformedOne() {
        assertRefused(YEAR_2026.replace("2026-12-31]", "2026-12-31, 2026-12-31]"), "lists 2026-12-31 twice");
        assertRefused(YEAR_2026.replace("2026-12-31]", "2026-12-32]"), "'2026-12-32', not a date");
    }

    @Test
    void refusesAMistypedKey() {
        assertRefused(YEAR_2026.replace("days-off", "days_off"), "unknown key 'days_off'");
        assertRefused(YEAR_2026 + "  working-weekend: []\n", "unknown key 'working-weekend'");
    }

    @Test
    void refusesAYearWithoutItsDecree() {
        assertRefused(YEAR_2026.replace("  decree: Постановление Правительства РФ от 24.09.2025 № 1466\n", ""),
                "'decree' must name");
    }

    @Test
    void refusesAnEmptyOrBrokenFile() {
        assertRefused("", "must map years");
        assertRefused("2026: [", "not valid YAML");
        assertRefused(YEAR_2026.replace("2026:", "twenty-six:"), "'twenty-six' is not a year");
    }

    private static SortedMap<Integer, ProductionCalendarFile.Year> read(String yaml) {
        return ProductionCalendarFile.read(new StringReader(yaml), "test.yaml");
    }

    private static void assertRefused(String yaml, String problem) {
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Production calendar test.yaml")
                .hasMessageContaining(problem);
    }
}
