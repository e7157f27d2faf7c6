package ru.reglament.applications;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.reglament.directory.DecisionGround;

/**
 * The card as the applicant sees it through the portal (ЕПГУ): what was applied for, where it is and
 * by when, and the result once signed. No employee is named, no action is offered (the portal knows
 * its own: withdrawal), a draft decision is not a result. {@code version} is there for the withdrawal.
 */
@Schema(description = "Карточка заявления для ЕПГУ: без сотрудников, действий и проекта решения")
public record ApplicantCard(
        long id,
        String portalNumber,
        String registrationNumber,
        ApplicationCard.ServiceRef service,
        ApplicationCard.OrganisationRef organisation,
        String channel,
        String purpose,
        StatusView status,
        Instant submittedAt,
        Instant receivedAt,
        int maxTermDays,
        LocalDate deadline,
        Integer daysLeft,
        boolean overdue,
        Instant closedAt,
        int version,
        @JsonRawValue @Schema(type = "object", description = "заявитель, как принят из ЕПГУ")
        String applicant,
        @JsonRawValue @Schema(type = "object", nullable = true, description = "представитель заявителя")
        String representative,
        @JsonRawValue @Schema(type = "object", description = "поля формы услуги")
        String fields,
        @Schema(nullable = true, description = "подписанное решение; до подписания — null")
        SignedDecision decision) {

    /** The signed result: what it decides and on what grounds, and the document's fingerprint. */
    public record SignedDecision(
            String kind,
            String kindTitle,
            List<DecisionGround> grounds,
            String explanation,
            String extraInfo,
            String documentSha256,
            long documentSize,
            Instant signedAt) {
    }

    /**
     * What of the full card the applicant sees; built from a card already at hand, so answering the
     * portal costs no query of its own.
     */
    public static ApplicantCard of(ApplicationCard card) {
        DecisionView d = card.decision();
        SignedDecision decision = d == null || d.signature() == null ? null
                : new SignedDecision(d.kind(), d.kindTitle(), d.grounds(), d.explanation(), d.extraInfo(),
                        d.documentSha256(), d.documentSize(), d.signature().signedAt());
        return new ApplicantCard(card.id(), card.portalNumber(), card.registrationNumber(), card.service(),
                card.organisation(), card.channel(), card.purpose(), card.status(), card.submittedAt(), card.receivedAt(),
                card.maxTermDays(), card.deadline(), card.daysLeft(), card.overdue(), card.closedAt(), card.version(),
                card.applicant(), card.representative(), card.fields(), decision);
    }
}
