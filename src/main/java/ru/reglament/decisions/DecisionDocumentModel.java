package ru.reglament.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on a decision document, already resolved to display text.
 *
 * <p>Nullable: contacts and addresses (an organisation card may lack a phone or e-mail),
 * {@code registrationNumber} (an acceptance refusal is drafted before registration),
 * {@code explanation} and {@code extraInfo} (optional form fields «Разъяснение причин отказа»
 * and «Дополнительная информация»), {@code officialPosition}. Blank optional text counts as absent,
 * so a template only has to test for {@code null}.
 *
 * @param grounds refusal grounds in the order the specialist chose them; required for refusals
 */
public record DecisionDocumentModel(
        DecisionKind kind,
        String serviceCode,
        String serviceTitle,
        String organisationTitle,
        String organisationAddress,
        String organisationPhone,
        String organisationEmail,
        String applicantName,
        String applicantAddress,
        String portalNumber,
        String registrationNumber,
        LocalDate submittedAt,
        LocalDate decisionDate,
        List<String> grounds,
        String explanation,
        String extraInfo,
        String officialPosition) {

    public DecisionDocumentModel {
        Objects.requireNonNull(kind, "kind");
        serviceCode = required(serviceCode, "serviceCode");
        serviceTitle = required(serviceTitle, "serviceTitle");
        organisationTitle = required(organisationTitle, "organisationTitle");
        applicantName = required(applicantName, "applicantName");
        portalNumber = required(portalNumber, "portalNumber");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(decisionDate, "decisionDate");

        organisationAddress = optional(organisationAddress);
        organisationPhone = optional(organisationPhone);
        organisationEmail = optional(organisationEmail);
        applicantAddress = optional(applicantAddress);
        registrationNumber = optional(registrationNumber);
        explanation = optional(explanation);
        extraInfo = optional(extraInfo);
        officialPosition = optional(officialPosition);

        grounds = grounds == null ? List.of()
                : grounds.stream().map(DecisionDocumentModel::optional).filter(Objects::nonNull).toList();
        // A refusal without grounds is unlawful (the applicant must be told why), so it is not a document.
        if (kind.isRefusal() && grounds.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs at least one ground");
        }
    }

    /** The number the document is known by: the registration number once assigned, else the portal's. */
    public String documentNumber() {
        return registrationNumber != null ? registrationNumber : portalNumber;
    }

    private static String required(String value, String name) {
        String v = optional(value);
        if (v == null) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return v;
    }

    private static String optional(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.isEmpty() ? null : v;
    }
}
