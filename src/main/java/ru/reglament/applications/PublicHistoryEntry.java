package ru.reglament.applications;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * One line of an application's history as its applicant sees it: a status change, or a line of an
 * action the process marks public (a comment for the applicant, an intermediate status, the
 * withdrawal). It is made by the organisation, never by a named employee; {@code comment} and
 * {@code intermediateStatus} are set only on public lines.
 */
@Schema(description = "Строка истории для ЕПГУ: смена статуса или комментарий/промежуточный статус для заявителя")
public record PublicHistoryEntry(
        long id,
        Instant occurredAt,
        ApplicationCard.OrganisationRef organisation,
        StatusView statusBefore,
        StatusView statusAfter,
        StatusView intermediateStatus,
        String comment) {
}
