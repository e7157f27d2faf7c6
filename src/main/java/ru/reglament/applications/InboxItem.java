package ru.reglament.applications;

import java.time.Instant;

/** A notification: a history line that concerns the user, with the application it is about. */
public record InboxItem(long id, long applicationId, String applicationNumber, String serviceTitle, Instant occurredAt,
        String actorName, String action, String actionLabel, StatusView statusAfter, String comment, boolean unread) {
}
