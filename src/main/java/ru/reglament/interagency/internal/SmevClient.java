package ru.reglament.interagency.internal;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import ru.reglament.interagency.SmevChannel;
import ru.reglament.interagency.internal.xmldsig.SmevSigner;

/**
 * The SMEV 3 consumer's side of message exchange 1.3: {@code SendRequest} with its faults sorted into
 * "accepted", "try again" and "never", and the {@code GetResponse}/{@code Ack} loop. The interagency
 * requests and any other module's messages go through it alike.
 */
@Component
class SmevClient implements SmevChannel {

    private static final Logger log = LoggerFactory.getLogger(SmevClient.class);

    /** SMEV faults a later attempt may get past; any other fault refuses the message for good. */
    private static final Set<String> RETRYABLE = Set.of("QuoteLimitExceeded", "DestinationOverflow", "SystemFault",
            "EndOfLifeReached");
    /** SMEV has the message already: an earlier attempt got through before its answer was lost. */
    private static final String ALREADY_SENT = "MessageIsAlreadySent";

    private final OrganisationKeys keys;
    private final SmevTransport transport;
    private final InteragencyProperties properties;
    private final Clock clock;

    SmevClient(OrganisationKeys keys, SmevTransport transport, InteragencyProperties properties, Clock clock) {
        this.keys = keys;
        this.transport = transport;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public UUID newMessageId() {
        return RequestStore.newMessageId();
    }

    @Override
    public Sent send(Outgoing message) {
        String envelope;
        try {
            envelope = Xml.text(SmevMessages.sendRequest(message.messageId(), message.businessXml(), message.attachments(),
                    properties.testMessage(), keys.organisation(message.organisationId())));
        } catch (RuntimeException e) {
            return new Sent(Sent.Outcome.REFUSED, "Запрос не сформирован: " + e.getMessage(), null);
        }
        Document answer;
        try {
            answer = transport.exchange(envelope, "SendRequest").document();
        } catch (SmevTransport.TransportException e) {
            return new Sent(Sent.Outcome.RETRY, e.getMessage(), envelope);
        }
        String fault = SmevMessages.faultCode(answer);
        if (fault == null || ALREADY_SENT.equals(fault)) return new Sent(Sent.Outcome.ACCEPTED, null, envelope);
        String problem = fault + ": " + SmevMessages.faultString(answer);
        return new Sent(RETRYABLE.contains(fault) ? Sent.Outcome.RETRY : Sent.Outcome.REFUSED, problem, envelope);
    }

    @Override
    public int poll(String namespace, String rootElement, int limit, AnswerHandler handler) {
        SmevSigner signer = keys.platform();
        int taken = 0;
        while (taken < limit) {
            SmevTransport.Answer received;
            try {
                received = transport.exchange(SmevMessages.getResponse(namespace, rootElement, clock.instant(), signer),
                        "GetResponse");
            } catch (SmevTransport.TransportException e) {
                log.warn("SMEV GetResponse for {{}}{} failed: {}", namespace, rootElement, e.getMessage());
                return taken;
            }
            Document answer = received.document();
            String fault = SmevMessages.faultCode(answer);
            if (fault != null) {
                log.warn("SMEV GetResponse for {{}}{} refused: {}: {}", namespace, rootElement, fault,
                        SmevMessages.faultString(answer));
                return taken;
            }
            Element message = Xml.first(answer, SmevMessages.TYPES, "ResponseMessage");
            if (message == null) return taken;
            Answer read = read(message, received.text());
            if (read != null && handler.take(read)) {
                try {
                    transport.exchange(SmevMessages.ack(read.messageId(), signer), "Ack");
                } catch (SmevTransport.TransportException e) {
                    log.warn("SMEV Ack of {} failed, the answer will come again: {}", read.messageId(), e.getMessage());
                }
            }
            taken++;
        }
        return taken;
    }

    /** The answer in a ResponseMessage, or null when it names no request or has no MessageID (it cannot be acknowledged). */
    private static Answer read(Element message, String envelope) {
        String original = Xml.textOf(message, SmevMessages.TYPES, "OriginalMessageId");
        Element data = Xml.first(message, SmevMessages.TYPES, "SenderProvidedResponseData");
        String responseId = data == null ? null : Xml.textOf(data, SmevMessages.TYPES, "MessageID");
        if (original == null || responseId == null) {
            log.warn("SMEV response without OriginalMessageId or MessageID, not stored");
            return null;
        }
        Element content = Xml.first(data, SmevMessages.BASIC, "MessagePrimaryContent");
        Element rejected = Xml.first(data, SmevMessages.TYPES, "RequestRejected");
        Element status = Xml.first(data, SmevMessages.TYPES, "RequestStatus");
        String rejection = rejected == null ? null : Xml.textOf(rejected, SmevMessages.TYPES, "RejectionReasonCode")
                + ": " + Xml.textOf(rejected, SmevMessages.TYPES, "RejectionReasonDescription");
        String body = content == null ? null : Xml.text(Xml.firstChildElement(content));
        return new Answer(UUID.fromString(original), UUID.fromString(responseId), body, rejection,
                content == null && rejected == null && status != null, SmevExchange.providerSignatureProblem(message),
                envelope);
    }
}
