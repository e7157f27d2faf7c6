package ru.reglament.interagency;

import java.util.List;
import java.util.UUID;

/**
 * SMEV 3 for the other modules (the portal's status feed): the same transport, signatures and fault
 * handling the interagency requests use. A caller keeps its own outbox: it gives every message its
 * MessageID once and sends that message with it on every attempt, so that SMEV's "already sent" counts
 * as delivered; it polls the answers of its message type and says which are its own.
 */
public interface SmevChannel {

    /** A new MessageID: a UUID of version 1, as SMEV requires. */
    UUID newMessageId();

    /** Sends a business message as {@code SendRequest}, signed with the organisation's ЭП-ОВ. Never throws for SMEV's sake. */
    Sent send(Outgoing message);

    /**
     * Takes the answers waiting for a message type (at most {@code limit}), each handed to the handler
     * and acknowledged when the handler says it has stored it. Returns how many were taken.
     */
    int poll(String namespace, String rootElement, int limit, AnswerHandler handler);

    /**
     * {@link #poll} as a background loop's step ({@code WorkerLoops}): work found, to poll again at once,
     * only when it stopped at {@code limit}. A poll that stopped short has emptied the queue (or met an
     * error); another GetResponse at once would be signed and sent only to hear there is nothing.
     */
    default int pollStep(String namespace, String rootElement, int limit, AnswerHandler handler) {
        return poll(namespace, rootElement, limit, handler) < limit ? 0 : limit;
    }

    /**
     * A message to send: its business XML goes into MessagePrimaryContent, its attachments into
     * AttachmentHeaderList (signed with the message) and AttachmentContentList.
     */
    record Outgoing(UUID messageId, int organisationId, String businessXml, List<Attachment> attachments) {
        public Outgoing {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }
    }

    /**
     * A file sent with a message (inline, as SMEV takes files up to 5 MB): {@code signaturePkcs7} is its
     * detached CMS signature, SMEV's {@code SignaturePKCS7}, or null.
     */
    record Attachment(String contentId, String mimeType, byte[] content, byte[] signaturePkcs7) {
    }

    /** What came of a send: SMEV took it (or had it already), a later attempt may get through, or it never will. */
    record Sent(Outcome outcome, String problem, String envelope) {

        public enum Outcome { ACCEPTED, RETRY, REFUSED }

        public boolean accepted() {
            return outcome == Outcome.ACCEPTED;
        }
    }

    /**
     * An answer as SMEV handed it out: the provider's business answer (null when none), or its
     * rejection; {@code statusOnly} when it is only SMEV's status of the request; {@code signatureProblem}
     * when the provider's signature does not hold (the answer must then not be believed).
     */
    record Answer(UUID originalMessageId, UUID messageId, String businessXml, String rejection, boolean statusOnly,
            String signatureProblem, String envelope) {
    }

    @FunctionalInterface
    interface AnswerHandler {
        /** Stores the answer; true when it was this caller's (it is then acknowledged), false to leave it to others. */
        boolean take(Answer answer);
    }
}
