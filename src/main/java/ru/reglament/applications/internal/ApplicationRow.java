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

    /** The row as an action leaves it, before it is written: what a follow-up system action decides on. */
    public ApplicationRow with(ApplicationStore.Change change) {
        return new ApplicationRow(id, portalNumber, serviceId, change.organisationId(), processCode, processVersion,
                change.status(), change.assigneeId(), java.util.Objects.equals(change.assigneeId(), assigneeId) ? assigneeName : null,
                submittedAt, receivedAt, deadline, change.registrationNumber(), channel, purpose, applicantName, applicant,
                representative, fields, change.closedAt(), hasDecision || change.decisionDrafted(), version);
    }
}
