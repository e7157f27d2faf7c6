package ru.reglament.applications;

import java.time.Instant;

/** An application arrived from the portal and is now the organisation's, in its process's first status. */
public record ApplicationReceived(long applicationId, String portalNumber, int organisationId, int serviceId,
        String processCode, String status, Instant receivedAt) {
}
