package ru.reglament.interagency;

import java.util.List;
import java.util.UUID;

/**
 * A provider behind the built-in SMEV 3 simulator that another module plays (the portal plays ЕПГУ's
 * status API): the simulator hands it each new message of its type, once per MessageID, in the
 * simulator's transaction, and delivers its answer through {@code GetResponse} like any provider's.
 */
public interface SimulatedProvider {

    /** The message type it serves: the namespace and root element of the business request. */
    String namespace();

    String rootElement();

    /** Whom SMEV names as the recipient. */
    String recipient();

    /**
     * The business answer to a new message. An {@link IllegalArgumentException} is SMEV's
     * {@code InvalidContent}: the message is refused and nothing is kept.
     */
    String answer(UUID messageId, String businessXml, List<SmevChannel.Attachment> attachments);
}
