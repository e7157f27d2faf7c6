package ru.reglament.workstation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The columns of «Заявления» a user shows. The number is always there (it opens the card); the
 * others can be hidden, and the choice is kept per user (V13__workstation_list_columns.sql).
 */
@Component
class ListColumns {

    /** The list's optional columns, in the order the table shows them. */
    static final List<String> OPTIONAL = List.of("service", "applicant", "status", "assignee", "submitted", "deadline");

    private final JdbcClient jdbc;

    ListColumns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The optional columns the user shows; all of them until the user chooses. */
    Set<String> shown(long employeeId) {
        Set<String> shown = new LinkedHashSet<>(OPTIONAL);
        jdbc.sql("select hidden from workstation_list_columns where employee_id = ?").param(employeeId)
                .query((rs, n) -> Arrays.asList((String[]) rs.getArray(1).getArray())).optional()
                .ifPresent(shown::removeAll);
        return shown;
    }

    /** Keeps the choice: every optional column not among {@code shown} is hidden; unknown names are ignored. */
    void choose(long employeeId, Collection<String> shown) {
        List<String> hidden = new ArrayList<>(OPTIONAL);
        hidden.removeAll(shown);
        jdbc.sql("""
                insert into workstation_list_columns (employee_id, hidden) values (?, ?)
                on conflict (employee_id) do update set hidden = excluded.hidden""")
                .params(employeeId, hidden.toArray(String[]::new)).update();
    }
}
