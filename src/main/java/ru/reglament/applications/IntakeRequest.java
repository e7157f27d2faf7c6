package ru.reglament.applications;

import tools.jackson.databind.JsonNode;

/** An application as the portal (ЕПГУ) sends it to the organisation the applicant chose. */
public record IntakeRequest(
        String portalNumber,
        String serviceCode,
        String organisationOgrn,
        String submittedAt,
        String channel,
        String purpose,
        Person applicant,
        Person representative,
        JsonNode fields) {
}
