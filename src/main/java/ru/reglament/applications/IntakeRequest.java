package ru.reglament.applications;

import ru.reglament.shared.Text;
import tools.jackson.databind.JsonNode;

/**
 * An application as the portal (ЕПГУ) sends it to the organisation the applicant chose. A field the
 * record does not know is refused, so a misspelt one is never silently dropped.
 */
public record IntakeRequest(
        @Text(max = 20) String portalNumber,
        @Text(max = 50) String serviceCode,
        @Text(max = 20) String organisationOgrn,
        @Text(max = 40) String submittedAt,
        @Text(max = 20) String channel,
        @Text(max = 2000, multiline = true) String purpose,
        Person applicant,
        Person representative,
        // Each text of the service's form: a long free answer at most.
        @Text(max = 4000, multiline = true) JsonNode fields) {
}
