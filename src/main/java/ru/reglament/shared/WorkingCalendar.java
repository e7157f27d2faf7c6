package ru.reglament.shared;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Working days of the Russian production calendar, in which service terms are counted.
 *
 * <p>The calendar is data, {@code calendar/production-calendar.yaml}, updated each year from the
 * Government's decree; it is read and checked when the application starts, so a broken file stops
 * the start-up instead of shifting deadlines. A year the file does not cover falls back to
 * Saturday/Sunday weekends plus the holidays of Labour Code art. 112, without transfers, and logs a
 * warning once for that year.
 *
 * <p>Deadlines and days left are computed for every application row of a list, so each year is
 * precomputed into a running count of its working days: every method is a few array reads, plus
 * one step per year crossed.
 *
 * <p>Dates are accepted for the years {@value #FIRST_YEAR}–{@value #LAST_YEAR}; others throw
 * {@link IllegalArgumentException} rather than loop over centuries.
 */
@Component
public final class WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

    /** The years tables can be built for; bounds the work a far-off date (a 9999-12-31 placeholder) can cause. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2399;

    /** Indexed by {@code year - FIRST_YEAR}; years without data are filled in on first use. */
    private final YearTable[] years = new YearTable[LAST_YEAR - FIRST_YEAR + 1];

    private final int firstDataYear;

    /** Loads the calendar shipped on the classpath; Spring calls this once at start-up. */
    public WorkingCalendar() {
        this(ProductionCalendarFile.readClasspath());
    }

    WorkingCalendar(SortedMap<Integer, ProductionCalendarFile.Year> data) {
        this.firstDataYear = data.isEmpty() ? LAST_YEAR : data.firstKey();
        data.forEach((year, days) -> years[year - FIRST_YEAR] = new YearTable(year, true, days::isWorkingDay));
        if (!data.isEmpty()) {
            log.info("Production calendar loaded for {}–{}", data.firstKey(), data.lastKey());
        }
    }

    /** The shipped calendar, for use without Spring (tests, tools). */
    public static WorkingCalendar fromClasspath() {
        return new WorkingCalendar();
    }

    /** Whether the production calendar file has the year, rather than the fallback. */
    public boolean covers(int year) {
        YearTable table = year >= FIRST_YEAR && year <= LAST_YEAR ? years[year - FIRST_YEAR] : null;
        return table != null && table.fromData;
    }

    /**
     * The first year of the production calendar's data: no date before it can be reasoned about in
     * working days. Years after the data's last one fall back to weekends until the yearly update.
     */
    public int firstYear() {
        return firstDataYear;
    }

    public boolean isWorkingDay(LocalDate date) {
        return table(date.getYear()).isWorking(date.getDayOfYear());
    }

    /**
     * The deadline of a term of {@code days} working days started on {@code start}: the
     * {@code days}-th working day strictly after {@code start} (a Friday application with one day is
     * due on Monday, unless Monday is a holiday). Zero days gives {@code start} itself.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("A term cannot be negative: " + days + " working days");
        }
        if (days == 0) {
            return start;
        }
        YearTable table = table(start.getYear());
        if (days > (LAST_YEAR - start.getYear() + 1) * 366) {
            throw new IllegalArgumentException("A term of " + days + " working days ends after " + LAST_YEAR);
        }
        int dayOfYear = start.getDayOfYear();
        int remaining = days;
        int leftInYear = table.total() - table.upTo(dayOfYear);
        while (remaining > leftInYear) {
            remaining -= leftInYear;
            table = table(table.year + 1);
            dayOfYear = 0;
            leftInYear = table.total();
        }
        return LocalDate.ofYearDay(table.year, table.firstDayReaching(table.upTo(dayOfYear) + remaining));
    }

    /**
     * Working days left until {@code deadline} as seen on {@code today}: those after today up to and
     * including the deadline, so 0 on the deadline itself. Once the deadline has passed, the number of
     * working days overdue, negated; at least −1 even over a weekend, so that an overdue application
     * never looks like one due today.
     */
    public int workingDaysLeft(LocalDate today, LocalDate deadline) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(deadline, "deadline");
        if (!deadline.isBefore(today)) {
            return workingDaysAfterUpTo(today, deadline);
        }
        return -Math.max(1, workingDaysAfterUpTo(deadline, today));
    }

    /** Working days in (from, to], for from ≤ to. */
    private int workingDaysAfterUpTo(LocalDate from, LocalDate to) {
        YearTable last = table(to.getYear());
        YearTable first = table(from.getYear());
        if (from.getYear() == to.getYear()) {
            return first.upTo(to.getDayOfYear()) - first.upTo(from.getDayOfYear());
        }
        int count = first.total() - first.upTo(from.getDayOfYear());
        for (int year = from.getYear() + 1; year < to.getYear(); year++) {
            count += table(year).total();
        }
        return count + last.upTo(to.getDayOfYear());
    }

    private YearTable table(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Working days are counted for years " + FIRST_YEAR + "–" + LAST_YEAR
                    + " only, not " + year + "; a placeholder date such as 9999-12-31 is not a deadline");
        }
        // A racy read is safe: YearTable is immutable with final fields, and a null sends us to the lock.
        YearTable table = years[year - FIRST_YEAR];
        return table != null ? table : fallback(year);
    }

    private synchronized YearTable fallback(int year) {
        YearTable table = years[year - FIRST_YEAR];
        if (table == null) {
            log.warn("Production calendar has no data for {}: counting working days with Saturday and Sunday off and "
                    + "the holidays of Labour Code art. 112 only, without transferred days off. Add the year to {}",
                    year, ProductionCalendarFile.CLASSPATH_LOCATION);
            table = new YearTable(year, false,
                    date -> !ProductionCalendarFile.isWeekend(date) && !isStatutoryHoliday(date));
            years[year - FIRST_YEAR] = table;
        }
        return table;
    }

    /** The non-working holidays of Labour Code art. 112: 1–8 January, 23 February, 8 March, 1 and 9 May, 12 June, 4 November. */
    static boolean isStatutoryHoliday(LocalDate date) {
        int day = date.getDayOfMonth();
        return switch (date.getMonth()) {
            case JANUARY -> day <= 8;
            case FEBRUARY -> day == 23;
            case MARCH -> day == 8;
            case MAY -> day == 1 || day == 9;
            case JUNE -> day == 12;
            case NOVEMBER -> day == 4;
            default -> false;
        };
    }

    /** One year as a running count: {@code workingUpTo[d]} is the number of working days among days 1..d of the year. */
    private static final class YearTable {

        final int year;
        final boolean fromData;
        private final short[] workingUpTo;

        YearTable(int year, boolean fromData, Predicate<LocalDate> isWorkingDay) {
            this.year = year;
            this.fromData = fromData;
            LocalDate first = LocalDate.of(year, Month.JANUARY, 1);
            this.workingUpTo = new short[first.lengthOfYear() + 1];
            for (int d = 1; d < workingUpTo.length; d++) {
                workingUpTo[d] = (short) (workingUpTo[d - 1] + (isWorkingDay.test(first.plusDays(d - 1)) ? 1 : 0));
            }
        }

        int upTo(int dayOfYear) {
            return workingUpTo[dayOfYear];
        }

        int total() {
            return workingUpTo[workingUpTo.length - 1];
        }

        boolean isWorking(int dayOfYear) {
            return workingUpTo[dayOfYear] != workingUpTo[dayOfYear - 1];
        }

        /** The first day of the year whose running count reaches {@code count}; it is a working day. */
        int firstDayReaching(int count) {
            int low = 1;
            int high = workingUpTo.length - 1;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (workingUpTo[middle] < count) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
