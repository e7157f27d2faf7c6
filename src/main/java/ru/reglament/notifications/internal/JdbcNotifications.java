package ru.reglament.notifications.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ru.reglament.access.Actor;
import ru.reglament.directory.Directory;
import ru.reglament.directory.PublicService;
import ru.reglament.notifications.Notification;
import ru.reglament.notifications.Notifications;

/** Notifications of an employee and of their organisations, newest first (V11__notifications.sql). */
@Service
class JdbcNotifications implements Notifications {

    private final JdbcClient jdbc;
    private final Directory directory;

    JdbcNotifications(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @Override
    public int unread(Actor actor) {
        long seen = seenUpTo(actor);
        return jdbc.sql("""
                select count(*) from (
                    (select 1 from notifications_notification where employee_id = ? and id > ? limit ?)
                    union all
                    (select 1 from notifications_notification where organisation_id = any(?) and id > ? limit ?)
                ) t""")
                .params(actor.employeeId(), seen, UNREAD_LIMIT + 1, organisations(actor), seen, UNREAD_LIMIT + 1)
                .query(Integer.class).single();
    }

    @Override
    public List<Notification> latest(Actor actor, int limit) {
        long seen = seenUpTo(actor);
        return jdbc.sql("""
                select * from (
                    (select * from notifications_notification where employee_id = ? order by id desc limit ?)
                    union all
                    (select * from notifications_notification where organisation_id = any(?) order by id desc limit ?)
                ) n order by id desc limit ?""")
                .params(actor.employeeId(), limit, organisations(actor), limit, limit)
                .query((rs, n) -> new Notification(rs.getLong("id"), rs.getLong("application_id"),
                        rs.getString("application_number"),
                        directory.service(rs.getInt("service_id")).map(PublicService::title).orElse(""),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"), rs.getString("action"),
                        rs.getString("message"), rs.getString("status_after"), rs.getString("comment"),
                        rs.getLong("id") > seen))
                .list();
    }

    @Override
    public void markSeen(Actor actor, long upTo) {
        jdbc.sql("""
                insert into notifications_seen (employee_id, seen_up_to) values (?, ?)
                on conflict (employee_id) do update set seen_up_to = greatest(notifications_seen.seen_up_to, excluded.seen_up_to)""")
                .params(actor.employeeId(), upTo).update();
    }

    private long seenUpTo(Actor actor) {
        return jdbc.sql("select seen_up_to from notifications_seen where employee_id = ?")
                .param(actor.employeeId()).query(Long.class).optional().orElse(0L);
    }

    private static Integer[] organisations(Actor actor) {
        return actor.organisationIds().toArray(Integer[]::new);
    }
}
