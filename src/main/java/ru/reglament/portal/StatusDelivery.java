package ru.reglament.portal;

import java.time.Instant;

/**
 * One status update for the applicant's cabinet and how its delivery went: the portal's code and its
 * name, our status it reports, the comment that went with it, whether the signed result did, and
 * {@code problem}: why it was retried, refused or rejected.
 */
public record StatusDelivery(
        long id,
        int elkStatus,
        String elkTitle,
        String status,
        String comment,
        boolean withResult,
        Instant occurredAt,
        DeliveryState state,
        int attempts,
        Instant sentAt,
        Instant answeredAt,
        String problem) {
}
