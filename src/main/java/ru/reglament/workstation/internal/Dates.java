package ru.reglament.workstation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Dates as the pages show them (dd.MM.yyyy), times in the platform's time zone; {@code @dates} in templates. */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;

    Dates(ZoneId zone) {
        this.zone = zone;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }
}
