package ru.reglament.interagency;

import java.time.Instant;

/**
 * One interagency request of an application, as the card lists it. {@code round} counts the
 * application's rounds of requests: 1 at registration, then one per re-request.
 */
public record InteragencyRequest(long id, long applicationId, int round, String kindCode, String kindName,
        String provider, boolean required, RequestState state, String messageId, Instant queuedAt, Instant sentAt,
        Instant acceptedAt, Instant answeredAt, Instant dueAt, String problem, int attempts) {
}
