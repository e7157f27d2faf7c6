package ru.reglament.applications;

import java.time.Instant;

/**
 * An action was taken on an application: one per history line, the person's action and any system
 * action that followed it, in the order they happened. {@code historyId} identifies the line (a
 * listener that may run twice keys on it). After the action the application belongs to
 * {@code organisationId} and its responsible employee is {@code assigneeId}; {@code actorId} is null
 * for the platform's own actions. {@code comment} is the line's comment, internal unless the action is
 * public.
 */
public record ApplicationActed(
        long applicationId,
        long historyId,
        String number,
        int serviceId,
        String processCode,
        int processVersion,
        String action,
        String statusBefore,
        String statusAfter,
        int organisationId,
        Long assigneeId,
        Long actorId,
        String actorName,
        String comment,
        Instant occurredAt) {

    /** Whether the line changed the application's status. */
    public boolean changedStatus() {
        return !statusAfter.equals(statusBefore);
    }
}
