package ru.reglament.notifications.internal;

import org.springframework.stereotype.Component;
import ru.reglament.applications.ApplicationActed;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinitions;

/**
 * Whom an action concerns, by its process definition's {@code notify}: the application's assignee
 * after the action (unless they took it themselves), or the organisation it now belongs to.
 */
@Component("notificationRules")
class NotificationRules {

    private final ProcessDefinitions processes;

    NotificationRules(ProcessDefinitions processes) {
        this.processes = processes;
    }

    /** A notification to write: for one employee or for everyone of an organisation, with its message. */
    record Recipient(Long employeeId, Integer organisationId, String message) {
    }

    /** Whether the action concerns anyone: asked before the event is stored for the listener. */
    public boolean concerns(ApplicationActed event) {
        return recipient(event) != null;
    }

    Recipient recipient(ApplicationActed event) {
        ProcessAction action = processes.version(event.processCode(), event.processVersion()).actions().get(event.action());
        if (action == null || action.notifies() == null) return null;
        return switch (action.notifies().whom()) {
            case ASSIGNEE -> event.assigneeId() == null || event.assigneeId().equals(event.actorId()) ? null
                    : new Recipient(event.assigneeId(), null, action.notifies().message());
            case ORGANISATION -> new Recipient(null, event.organisationId(), action.notifies().message());
        };
    }
}
