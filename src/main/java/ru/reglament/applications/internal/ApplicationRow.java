package ru.reglament.applications.internal;

import java.time.Instant;
import java.time.LocalDate;
import ru.reglament.process.ApplicationSnapshot;

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

    /** The application as the process engine, its effects and facts see it. */
    public ApplicationSnapshot snapshot() {
        return new ApplicationSnapshot(id, portalNumber, registrationNumber, serviceId, organisationId, processCode,
                processVersion, status, assigneeId, submittedAt, deadline, applicantName, applicant, fields, hasDecision,
                version);
    }
}
