package ru.reglament.notifications.internal;

import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.reglament.applications.ApplicationHandedOver;

/**
 * Writes a notification for each handover of an application (its process definition's
 * {@code notify}). The event reaches it after the action commits, through the event publication
 * registry: a failure is retried (on restart, and with back-off by {@code reglament.events.retry}), and
 * a notification written twice is written once (one per history line). It is numbered when written,
 * so a late one still counts as unread.
 */
@Component
class NotificationWriter {

    private final JdbcClient jdbc;

    NotificationWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ApplicationHandedOver event) {
        jdbc.sql("""
                insert into notifications_notification (history_id, employee_id, organisation_id, application_id,
                    application_number, service_id, action, message, status_after, actor_name, comment, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (history_id) do nothing""")
                .params(event.historyId(), event.employeeId(), event.organisationId(), event.applicationId(),
                        event.number(), event.serviceId(), event.action(), event.message(), event.statusAfter(),
                        event.actorName(), event.comment(), Timestamp.from(event.occurredAt()))
                .update();
    }
}
