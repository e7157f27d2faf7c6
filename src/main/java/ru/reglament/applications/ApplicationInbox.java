package ru.reglament.applications;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ru.reglament.access.Actor;
import ru.reglament.directory.Directory;
import ru.reglament.directory.PublicService;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;

/**
 * The user's notifications: applications assigned to them or returned to them for rework, and
 * applications routed into their organisations (V6__applications_inbox.sql).
 */
@Service
public class ApplicationInbox {

    /** The badge counts up to this and then reads "99+". */
    public static final int UNREAD_LIMIT = 99;

    private final JdbcClient jdbc;
    private final Directory directory;
    private final ProcessDefinitions processes;

    ApplicationInbox(JdbcClient jdbc, Directory directory, ProcessDefinitions processes) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.processes = processes;
    }

    public int unread(Actor actor) {
        long seen = seenUpTo(actor);
        return jdbc.sql("""
                select count(*) from (
                    (select 1 from applications_history where notify_employee_id = ? and id > ? limit ?)
                    union all
                    (select 1 from applications_history where notify_organisation_id = any(?) and id > ? limit ?)
                ) t""")
                .params(actor.employeeId(), seen, UNREAD_LIMIT + 1, organisations(actor), seen, UNREAD_LIMIT + 1)
                .query(Integer.class).single();
    }

    /** The newest notifications first; those beyond what the user had seen are marked unread. */
    public List<InboxItem> latest(Actor actor, int limit) {
        long seen = seenUpTo(actor);
        return jdbc.sql("""
                select h.id, h.application_id, coalesce(a.registration_number, a.portal_number) as number, a.service_id,
                       a.process_code, a.process_version, h.occurred_at, h.actor_name, h.action, h.status_after, h.comment
                from (
                    (select id from applications_history where notify_employee_id = ? order by id desc limit ?)
                    union all
                    (select id from applications_history where notify_organisation_id = any(?) order by id desc limit ?)
                ) n
                join applications_history h on h.id = n.id
                join applications_application a on a.id = h.application_id
                order by h.id desc limit ?""")
                .params(actor.employeeId(), limit, organisations(actor), limit, limit)
                .query((rs, n) -> {
                    ProcessDefinition process = processes.version(rs.getString("process_code"), rs.getInt("process_version"));
                    String action = rs.getString("action");
                    String status = rs.getString("status_after");
                    return new InboxItem(rs.getLong("id"), rs.getLong("application_id"), rs.getString("number"),
                            directory.service(rs.getInt("service_id")).map(PublicService::title).orElse(""),
                            rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"), action,
                            process.actions().containsKey(action) ? process.actions().get(action).label() : action,
                            new StatusView(status, process.status(status).name()), rs.getString("comment"),
                            rs.getLong("id") > seen);
                })
                .list();
    }

    /** Everything up to {@code upTo} (the newest notification the user was shown) counts as read. */
    public void markSeen(Actor actor, long upTo) {
        jdbc.sql("""
                insert into applications_inbox_seen (employee_id, seen_up_to) values (?, ?)
                on conflict (employee_id) do update set seen_up_to = greatest(applications_inbox_seen.seen_up_to, excluded.seen_up_to)""")
                .params(actor.employeeId(), upTo).update();
    }

    private long seenUpTo(Actor actor) {
        return jdbc.sql("select seen_up_to from applications_inbox_seen where employee_id = ?")
                .param(actor.employeeId()).query(Long.class).optional().orElse(0L);
    }

    private static Integer[] organisations(Actor actor) {
        return actor.organisationIds().toArray(Integer[]::new);
    }
}
