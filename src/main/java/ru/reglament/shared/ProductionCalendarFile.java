package ru.reglament.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads and checks {@code calendar/production-calendar.yaml} (the format is described in the file).
 *
 * <p>Every mistake a yearly update can plausibly make — a date in the wrong year or list, a
 * forgotten holiday, a typo in a key, a total that does not add up — fails here with a message
 * naming the year and the entry, so a wrong calendar never silently shifts deadlines.
 */
final class ProductionCalendarFile {

    static final String CLASSPATH_LOCATION = "calendar/production-calendar.yaml";

    private static final String DECREE = "decree";
    private static final String TOTAL = "total-working-days";
    private static final String DAYS_OFF = "days-off";
    private static final String WORKING_WEEKENDS = "working-weekends";
    private static final Set<String> KEYS = Set.of(DECREE, TOTAL, DAYS_OFF, WORKING_WEEKENDS);

    /** One year of the file, already checked. */
    record Year(int year, String decree, Set<LocalDate> daysOff, Set<LocalDate> workingWeekends) {

        boolean isWorkingDay(LocalDate date) {
            return workingWeekends.contains(date) || (!isWeekend(date) && !daysOff.contains(date));
        }
    }

    private ProductionCalendarFile() {
    }

    static SortedMap<Integer, Year> readClasspath() {
        ClassLoader loader = ProductionCalendarFile.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(CLASSPATH_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("Production calendar " + CLASSPATH_LOCATION + " is not on the classpath");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), CLASSPATH_LOCATION);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read production calendar " + CLASSPATH_LOCATION, e);
        }
    }

    static SortedMap<Integer, Year> read(Reader reader, String source) {
        Object root;
        try {
            root = yaml().load(reader);
        } catch (YAMLException e) {
            throw new IllegalStateException("Production calendar " + source + " is not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> years) || years.isEmpty()) {
            throw new IllegalStateException("Production calendar " + source + " must map years to their days off");
        }
        SortedMap<Integer, Year> result = new TreeMap<>();
        for (Map.Entry<?, ?> entry : years.entrySet()) {
            if (!(entry.getKey() instanceof Integer year)
                    || year < WorkingCalendar.FIRST_YEAR || year > WorkingCalendar.LAST_YEAR) {
                throw new IllegalStateException("Production calendar " + source + ": '" + entry.getKey()
                        + "' is not a year between " + WorkingCalendar.FIRST_YEAR + " and " + WorkingCalendar.LAST_YEAR);
            }
            result.put(year, readYear(year, entry.getValue(), source + ", year " + year));
        }
        return Collections.unmodifiableSortedMap(result);
    }

    private static Year readYear(int year, Object node, String where) {
        if (!(node instanceof Map<?, ?> fields)) {
            throw invalid(where, "expected the keys " + KEYS);
        }
        for (Object key : fields.keySet()) {
            if (!KEYS.contains(key)) {
                throw invalid(where, "unknown key '" + key + "', expected " + KEYS);
            }
        }
        if (!(fields.get(DECREE) instanceof String decree) || decree.isBlank()) {
            throw invalid(where, "'" + DECREE + "' must name the Government decree the dates come from");
        }
        if (!(fields.get(TOTAL) instanceof Integer total)) {
            throw invalid(where, "'" + TOTAL + "' must be the number of working days the published calendar states");
        }
        if (!fields.containsKey(DAYS_OFF)) {
            throw invalid(where, "'" + DAYS_OFF + "' is missing");
        }
        Set<LocalDate> daysOff = dates(year, fields.get(DAYS_OFF), DAYS_OFF, where);
        Set<LocalDate> workingWeekends = dates(year, fields.get(WORKING_WEEKENDS), WORKING_WEEKENDS, where);

        for (LocalDate date : daysOff) {
            if (isWeekend(date)) {
                throw invalid(where, DAYS_OFF + " lists " + date + ", a " + date.getDayOfWeek()
                        + "; list only weekdays there, weekends are days off anyway");
            }
        }
        for (LocalDate date : workingWeekends) {
            if (!isWeekend(date)) {
                throw invalid(where, WORKING_WEEKENDS + " lists " + date + ", a " + date.getDayOfWeek());
            }
            if (WorkingCalendar.isStatutoryHoliday(date)) {
                throw invalid(where, WORKING_WEEKENDS + " lists " + date + ", a holiday of Labour Code art. 112");
            }
        }
        for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
            if (WorkingCalendar.isStatutoryHoliday(date) && !isWeekend(date) && !daysOff.contains(date)) {
                throw invalid(where, DAYS_OFF + " misses " + date + ", a holiday of Labour Code art. 112");
            }
        }
        Year result = new Year(year, decree.strip(), daysOff, workingWeekends);
        int counted = countWorkingDays(result);
        if (counted != total) {
            throw invalid(where, "the lists give " + counted + " working days but " + TOTAL + " says " + total);
        }
        return result;
    }

    private static Set<LocalDate> dates(int year, Object node, String key, String where) {
        if (node == null) {
            return Set.of();
        }
        if (!(node instanceof List<?> items)) {
            throw invalid(where, "'" + key + "' must be a list of dates like " + year + "-01-01");
        }
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (Object item : items) {
            LocalDate date;
            try {
                date = LocalDate.parse(String.valueOf(item));
            } catch (DateTimeParseException e) {
                throw invalid(where, key + " lists '" + item + "', not a date like " + year + "-01-01");
            }
            if (date.getYear() != year) {
                throw invalid(where, key + " lists " + date + ", which belongs to another year");
            }
            if (!dates.add(date)) {
                throw invalid(where, key + " lists " + date + " twice");
            }
        }
        return Collections.unmodifiableSet(dates);
    }

    private static int countWorkingDays(Year year) {
        int count = 0;
        for (LocalDate date = LocalDate.of(year.year(), 1, 1); date.getYear() == year.year(); date = date.plusDays(1)) {
            if (year.isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static IllegalStateException invalid(String where, String problem) {
        return new IllegalStateException("Production calendar " + where + ": " + problem);
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        DumperOptions dumperOptions = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options,
                new DatesAsText());
    }

    /**
     * SnakeYAML would turn {@code 2025-01-01} into a {@link java.util.Date} at midnight UTC; keeping
     * it as text and parsing it as a {@link LocalDate} avoids any time zone getting involved.
     */
    private static final class DatesAsText extends Resolver {

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }
}
