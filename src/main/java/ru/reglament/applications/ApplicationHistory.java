package ru.reglament.applications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lines of history for what happens to an application outside its process's actions. A line keeps
 * the status and carries a {@code label} for the history tab. An open card learns of every line (it
 * watches the newest); whether forms opened before it still hold is the caller's choice:
 * <ul>
 * <li>{@link #note}: a fact from a module's background work (a request sent to another agency, its
 *     answer, a deadline passed). The case itself is as it was, so nobody's open form is refused for it;
 *     a registrar in the middle of routing does not lose the form to a request going out;
 * <li>{@link #changed}: the case changed (a document added or removed). The application's version moves
 *     on, so an action prepared on what the case was (an official signing) is refused with 409.
 * </ul>
 */
@Service
public class ApplicationHistory {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ApplicationHistory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A line by the platform, in the caller's transaction if it has one. {@code details} must hold {@code label}. */
    public void note(long applicationId, String action, Map<String, Object> details, Instant at) {
        jdbc.sql("""
                insert into applications_history (application_id, occurred_at, actor_id, actor_name, action,
                    status_before, status_after, details)
                select id, ?, null, 'Система', ?, status, status, ?::jsonb from applications_application where id = ?""")
                .params(Timestamp.from(at), action, labelled(details), applicationId)
                .update();
    }

    /** A line for a change to the case, which moves the application's version on; see {@link #note}. */
    public void changed(long applicationId, String action, Map<String, Object> details, Instant at) {
        jdbc.sql("""
                with a as (update applications_application set version = version + 1 where id = ? returning id, status)
                insert into applications_history (application_id, occurred_at, actor_id, actor_name, action,
                    status_before, status_after, details)
                select id, ?, null, 'Система', ?, status, status, ?::jsonb from a""")
                .params(applicationId, Timestamp.from(at), action, labelled(details))
                .update();
    }

    private String labelled(Map<String, Object> details) {
        if (!details.containsKey("label")) throw new IllegalArgumentException("A line of history needs a label for the history tab");
        return json.writeValueAsString(details);
    }
}
