package ru.reglament.notifications;

import java.time.Instant;

/**
 * A notification in the workstation: what happened to which application («Вам назначено заявление»),
 * by whom and when, with the action's comment; {@code unread} when the user had not yet seen it.
 */
public record Notification(long id, long applicationId, String applicationNumber, String serviceTitle,
        Instant occurredAt, String actorName, String action, String message, String statusAfter, String comment,
        boolean unread) {
}
