package ru.reglament.decisions;

import java.time.Instant;
import java.util.List;
import ru.reglament.directory.DecisionGround;
import ru.reglament.files.StoredFile;

/**
 * The current decision of an application: a draft, or signed (then {@code signature} is set, and
 * {@code printable} is the copy people read, with the signature visualised; {@code document} stays
 * the signed original).
 */
public record Decision(
        long id,
        long applicationId,
        DecisionKind kind,
        List<DecisionGround> grounds,
        String explanation,
        String extraInfo,
        StoredFile document,
        String documentSource,
        Instant draftedAt,
        String draftedByName,
        SignatureDetails signature,
        StoredFile printable) {

    public boolean isSigned() {
        return signature != null;
    }

    /** What was verified about the signature when the decision was signed. */
    public record SignatureDetails(
            Instant signedAt,
            String signerName,
            String certificateSubject,
            String certificateSerial,
            String certificateIssuer,
            Instant certificateNotBefore,
            Instant certificateNotAfter,
            String certificateThumbprint,
            String algorithm,
            Instant signingTime,
            boolean testSignature,
            String signatureKey) {
    }
}
