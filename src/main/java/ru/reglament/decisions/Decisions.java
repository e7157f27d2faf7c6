package ru.reglament.decisions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.reglament.directory.DecisionGround;
import ru.reglament.process.Lookups;

/**
 * Decision drafts and their signing. Called inside the application action's transaction, so a
 * failed signature or a bad upload leaves nothing changed.
 */
public interface Decisions {

    Optional<Decision> current(long applicationId);

    /** The current decision, read once per command however many ask (the facts, the card). */
    default Optional<Decision> current(long applicationId, Lookups lookups) {
        return lookups.remember("decisions.current:" + applicationId, () -> current(applicationId));
    }

    /** Renders the draft from the service's template and makes it the current decision (replacing an unsigned one). */
    Decision draft(long applicationId, DecisionDocumentModel model, List<DecisionGround> grounds, Long actorId,
            String actorName, Instant at);

    /**
     * Withdraws the current draft: it stays on record but is no longer the application's decision.
     * Returns the withdrawn draft; a signed decision cannot be withdrawn.
     */
    Decision discardDraft(long applicationId);

    /** Replaces the current draft's document with an uploaded PDF. */
    Decision replaceDocument(long applicationId, byte[] pdf, Long actorId, String actorName, Instant at);

    /**
     * Verifies the detached CAdES signature (base64) over the current draft's exact bytes and records it.
     * A bad signature is an input error on the field {@code signature}; nothing is recorded.
     */
    Decision sign(long applicationId, String base64Signature, Long actorId, Instant at);

    /** The original: the bytes to sign, or that were signed; verify the signature against these. */
    byte[] document(long applicationId);

    /**
     * The document as a person reads it: a draft marked «ПРОЕКТ» over every page; a signed decision
     * with the signer's name and position and the signature stamp.
     */
    byte[] printable(long applicationId);

    byte[] signature(long applicationId);
}
