package ru.reglament.decisions;

import java.time.Instant;

/**
 * An official signed the application's decision: the signed document and its detached signature are
 * the result the applicant receives.
 */
public record DecisionSigned(long applicationId, long decisionId, DecisionKind kind, String documentSha256,
        String certificateSerial, boolean testSignature, Instant signedAt) {
}
