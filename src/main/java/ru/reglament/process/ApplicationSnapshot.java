package ru.reglament.process;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An application as the engine, effects and facts see it: read-only, and as changed by the effects
 * that ran before in the same action. {@code applicant} and {@code fields} are the JSON documents as
 * the portal sent them.
 */
public record ApplicationSnapshot(
        long id,
        String portalNumber,
        String registrationNumber,
        int serviceId,
        int organisationId,
        String processCode,
        int processVersion,
        String status,
        Long assigneeId,
        Instant submittedAt,
        LocalDate deadline,
        String applicantName,
        String applicant,
        String fields,
        boolean hasDecision,
        int version) {

    /** The number staff and applicants quote: the registration number once there is one. */
    public String number() {
        return registrationNumber != null ? registrationNumber : portalNumber;
    }

    /** The application as an effect's changes leave it, before anything is written. */
    public ApplicationSnapshot with(Changes changes) {
        return new ApplicationSnapshot(id, portalNumber,
                changes.registrationNumber() != null ? changes.registrationNumber() : registrationNumber, serviceId,
                changes.organisationId() != null ? changes.organisationId() : organisationId, processCode, processVersion,
                status, changes.changesAssignee() ? changes.assigneeId() : assigneeId, submittedAt, deadline, applicantName,
                applicant, fields, hasDecision || changes.changesDecision(), version);
    }

    public ApplicationSnapshot withStatus(String newStatus) {
        return new ApplicationSnapshot(id, portalNumber, registrationNumber, serviceId, organisationId, processCode,
                processVersion, newStatus, assigneeId, submittedAt, deadline, applicantName, applicant, fields,
                hasDecision, version);
    }
}
