package ru.reglament.process;

import java.time.Instant;

/**
 * An informative status for the applicant was set on an application without moving its process
 * («Требуется личная явка заявителя»), published in the action's transaction after its history line.
 */
public record IntermediateStatusSet(long applicationId, int organisationId, String code, String name, Instant at) {
}
