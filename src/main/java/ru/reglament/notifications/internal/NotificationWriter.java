package ru.reglament.notifications.internal;

import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.reglament.applications.ApplicationActed;

/**
 * Writes a notification for each action that concerns someone. The event reaches it after the
 * action commits, through the event publication registry: a failure is retried (on restart, and by
 * {@code reglament.events.retry}), and a line written twice is written once (keyed by its history line).
 */
@Component
class NotificationWriter {

    private final NotificationRules rules;
    private final JdbcClient jdbc;

    NotificationWriter(NotificationRules rules, JdbcClient jdbc) {
        this.rules = rules;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener(condition = "@notificationRules.concerns(#event)")
    void on(ApplicationActed event) {
        NotificationRules.Recipient recipient = rules.recipient(event);
        if (recipient == null) return;
        jdbc.sql("""
                insert into notifications_notification (id, employee_id, organisation_id, application_id,
                    application_number, service_id, process_code, process_version, action, message, status_after,
                    actor_name, comment, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do nothing""")
                .params(event.historyId(), recipient.employeeId(), recipient.organisationId(), event.applicationId(),
                        event.number(), event.serviceId(), event.processCode(), event.processVersion(), event.action(),
                        recipient.message(), event.statusAfter(), event.actorName(), event.comment(),
                        Timestamp.from(event.occurredAt()))
                .update();
    }
}
