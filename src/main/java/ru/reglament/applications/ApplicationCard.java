package ru.reglament.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Everything the card shows, including {@code actions}: exactly what the caller may do now.
 */
public record ApplicationCard(
        long id,
        String portalNumber,
        String registrationNumber,
        ServiceRef service,
        OrganisationRef organisation,
        String channel,
        String purpose,
        StatusView status,
        EmployeeRef assignee,
        Instant submittedAt,
        Instant receivedAt,
        int maxTermDays,
        LocalDate deadline,
        Integer daysLeft,
        boolean overdue,
        Instant closedAt,
        int version,
        String processCode,
        int processVersion,
        JsonNode applicant,
        JsonNode representative,
        JsonNode fields,
        DecisionView decision,
        List<ActionView> actions) {

    public record ServiceRef(String code, String title) {
    }

    public record OrganisationRef(String ogrn, String title, String regionCode) {
    }

    public record EmployeeRef(long id, String fullName) {
    }

    public record ActionView(String code, String label, boolean commentRequired) {
    }
}
