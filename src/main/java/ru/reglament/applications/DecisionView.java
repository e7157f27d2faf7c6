package ru.reglament.applications;

import java.time.Instant;
import java.util.List;
import ru.reglament.directory.DecisionGround;

/** The current decision on the card: a draft, or signed with the signature's details. */
public record DecisionView(
        String kind,
        String kindTitle,
        List<DecisionGround> grounds,
        String explanation,
        String extraInfo,
        String documentSha256,
        long documentSize,
        String documentSource,
        Instant draftedAt,
        String draftedBy,
        Signature signature) {

    public record Signature(
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
            boolean testSignature) {
    }
}
