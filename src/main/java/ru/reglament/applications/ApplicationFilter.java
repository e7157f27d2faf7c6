package ru.reglament.applications;

import java.time.LocalDate;
import java.util.List;

/**
 * What the list shows: {@code mine} (assigned to the caller) or all of the caller's organisations,
 * narrowed by status, service, assignee, submission dates, open applications due by a date, a
 * module's {@link ListCondition} by its code, and a search text over numbers and the applicant's name;
 * newest first unless {@code oldestFirst}.
 */
public record ApplicationFilter(boolean mine, List<String> statuses, String serviceCode, Long assigneeId,
        LocalDate from, LocalDate to, String query, String cursor, int size, LocalDate dueBy, boolean oldestFirst,
        String condition) {

    public ApplicationFilter(boolean mine, List<String> statuses, String serviceCode, Long assigneeId,
            LocalDate from, LocalDate to, String query, String cursor, int size, LocalDate dueBy, boolean oldestFirst) {
        this(mine, statuses, serviceCode, assigneeId, from, to, query, cursor, size, dueBy, oldestFirst, null);
    }

    public ApplicationFilter(boolean mine, List<String> statuses, String serviceCode, Long assigneeId,
            LocalDate from, LocalDate to, String query, String cursor, int size) {
        this(mine, statuses, serviceCode, assigneeId, from, to, query, cursor, size, null, false, null);
    }
}
