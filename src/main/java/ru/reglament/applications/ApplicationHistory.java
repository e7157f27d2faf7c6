package ru.reglament.applications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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
        note(List.of(new Line(applicationId, action, details, at)));
    }

    /** A line of {@link #note}, for writing many at once. */
    public record Line(long applicationId, String action, Map<String, Object> details, Instant at) {
    }

    /** Lines by the platform as {@link #note} writes one, in this order, in one statement (a batch's work in one round trip). */
    public void note(List<Line> lines) {
        if (lines.isEmpty()) return;
        int n = lines.size();
        Long[] applications = new Long[n];
        String[] actions = new String[n];
        String[] details = new String[n];
        String[] at = new String[n];
        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            applications[i] = line.applicationId();
            actions[i] = line.action();
            details[i] = labelled(line.details());
            at[i] = line.at().toString();
        }
        jdbc.sql("""
                insert into applications_history (application_id, occurred_at, actor_id, actor_name, action,
                    status_before, status_after, details)
                select a.id, l.at::timestamptz, null, 'Система', l.action, a.status, a.status, l.details::jsonb
                from unnest(?::bigint[], ?::text[], ?::text[], ?::text[]) with ordinality as l(application_id, at, action, details, n)
                join applications_application a on a.id = l.application_id
                order by l.n""")
                .params(applications, at, actions, details)
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
