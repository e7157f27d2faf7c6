package ru.reglament.applications.internal;

import java.time.Instant;
import java.time.LocalDate;

/** An application as stored. */
public record ApplicationRow(
        long id,
        String portalNumber,
        int serviceId,
        int organisationId,
        String processCode,
        int processVersion,
        String status,
        Long assigneeId,
        String assigneeName,
        Instant submittedAt,
        Instant receivedAt,
        LocalDate deadline,
        String registrationNumber,
        String channel,
        String purpose,
        String applicantName,
        String applicant,
        String representative,
        String fields,
        Instant closedAt,
        boolean hasDecision,
        int version) {
}
