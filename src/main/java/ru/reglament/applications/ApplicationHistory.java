package ru.reglament.applications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lines of history for what happens to an application outside its process's actions: a module's
 * background work (a request sent to another agency, its answer, a deadline passed). The line keeps
 * the status, names the platform as its actor and carries a {@code label} for the history tab; the
 * application's version moves on, so an open card learns that something changed.
 */
@Service
public class ApplicationHistory {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ApplicationHistory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** In the caller's transaction, if it has one. {@code details} must hold {@code label}. */
    public void note(long applicationId, String action, Map<String, Object> details, Instant at) {
        if (!details.containsKey("label")) throw new IllegalArgumentException("A note needs a label for the history tab");
        jdbc.sql("""
                with a as (update applications_application set version = version + 1 where id = ? returning id, status)
                insert into applications_history (application_id, occurred_at, actor_id, actor_name, action,
                    status_before, status_after, details)
                select id, ?, null, 'Система', ?, status, status, ?::jsonb from a""")
                .params(applicationId, Timestamp.from(at), action, json.writeValueAsString(details))
                .update();
    }
}
