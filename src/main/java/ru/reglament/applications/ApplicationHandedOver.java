package ru.reglament.applications;

import java.time.Instant;

/**
 * An action handed the application over to someone, as its process definition's {@code notify}
 * says: to an employee (assigned to them, returned to them for rework) or to everyone of an
 * organisation (routed in). Exactly one of {@code employeeId} and {@code organisationId} is set;
 * {@code message} is what they read («Вам назначено заявление»). {@code historyId} identifies the
 * action's history line.
 */
public record ApplicationHandedOver(
        long applicationId,
        long historyId,
        String number,
        int serviceId,
        String action,
        String statusAfter,
        Long employeeId,
        Integer organisationId,
        String message,
        String actorName,
        String comment,
        Instant occurredAt) {
}
