package ru.reglament.applications;

import java.time.Instant;

/** The registrar registered the application: it has its registration number, and its interagency requests go out. */
public record ApplicationRegistered(long applicationId, String registrationNumber, int organisationId, int serviceId,
        Instant registeredAt) {
}
