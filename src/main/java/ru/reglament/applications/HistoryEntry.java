package ru.reglament.applications;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** One event of an application's history. */
public record HistoryEntry(
        long id,
        Instant occurredAt,
        String actorName,
        String action,
        String actionLabel,
        StatusView statusBefore,
        StatusView statusAfter,
        String comment,
        JsonNode details) {
}
