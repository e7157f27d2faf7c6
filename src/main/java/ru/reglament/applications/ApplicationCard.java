package ru.reglament.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Everything the card shows, including {@code actions}: exactly what the caller may do now.
 * The applicant, representative and form fields are the JSON text as stored, written into the
 * response as is: parsing them into a tree only to write them out again cost every card and action.
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
        @JsonRawValue @Schema(type = "object", description = "заявитель, как принят из ЕПГУ")
        String applicant,
        @JsonRawValue @Schema(type = "object", nullable = true, description = "представитель заявителя")
        String representative,
        @JsonRawValue @Schema(type = "object", description = "поля формы услуги")
        String fields,
        DecisionView decision,
        List<ActionView> actions) {

    public record ServiceRef(String code, String title) {
    }

    public record OrganisationRef(String ogrn, String title, String regionCode) {
    }

    public record EmployeeRef(long id, String fullName) {
    }

    /** An action the caller may take now, with what it asks for (the form, or the body's keys). */
    public record ActionView(String code, String label, boolean commentRequired, List<ParameterView> parameters) {
    }

    /** A parameter an action asks for: its key in the body, its type, whether required, the form's label. */
    public record ParameterView(String name, String type, boolean required, String label) {
    }
}
