package ru.reglament.interagency.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import ru.reglament.interagency.SimulatedFaults;
import ru.reglament.interagency.SimulatedProvider;
import ru.reglament.interagency.internal.xmldsig.SmevSignatureException;
import ru.reglament.interagency.internal.xmldsig.SmevSignatureVerifier;

/**
 * A built-in SMEV 3 node and every provider behind it, for the demo and the tests: the same SOAP
 * as SMEV (message exchange 1.3). It checks what SMEV checks (the order of SenderProvidedRequestData,
 * the MessageID being a UUID v1 and new, the signatures) and answers each kind of information as
 * {@code interagency/kinds.yaml} says: an answer after a delay, a rejection, or silence. A request whose
 * business data contains {@code SIMULATE-REJECT} or {@code SIMULATE-SILENCE} gets that instead, so a
 * demo visitor or a test can make one fail. Its queue is a table: it survives a restart.
 * {@link SimulatorEndpoint} serves it over HTTP.
 */
@Component
@ConditionalOnProperty(name = "reglament.interagency.simulator.enabled", havingValue = "true")
class SmevSimulator implements SimulatedFaults {

    /** An answer handed out but not acknowledged is handed out again after this. */
    private static final Duration REDELIVERY = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final KindCatalog catalog;
    private final RequestTemplates templates;
    private final OrganisationKeys keys;
    private final Clock clock;
    private final List<SimulatedProvider> providers;
    /** Faults still to play, per namespace: a node's memory, as a real outage is. */
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    /**
     * Answers handed out and not yet acknowledged, by the answer's MessageID, with when: a node's memory,
     * as SMEV's delivery state is. Lost with a restart, it only means those answers come again at once.
     */
    private final Map<UUID, Instant> handedOut = new ConcurrentHashMap<>();
    private final TransactionTemplate transaction;

    SmevSimulator(JdbcClient jdbc, TransactionTemplate transaction, KindCatalog catalog, RequestTemplates templates,
            OrganisationKeys keys, Clock clock, ObjectProvider<SimulatedProvider> providers) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.catalog = catalog;
        this.templates = templates;
        this.keys = keys;
        this.clock = clock;
        this.providers = providers.orderedStream().toList();
    }

    @Override
    public void failNextSends(String namespace, int times, Fault fault) {
        Deque<Fault> queue = faults.computeIfAbsent(namespace, n -> new ConcurrentLinkedDeque<>());
        for (int i = 0; i < times; i++) queue.add(fault);
    }

    /** An HTTP answer: SOAP in {@code text/xml}, or a broken proxy's page. */
    record Reply(int status, String contentType, String body) {

        static Reply soap(String envelope) {
            return new Reply(200, "text/xml", envelope);
        }
    }

    /**
     * Takes one SOAP request and answers it. Each write is a statement of its own, committed at once,
     * but for a message a provider acts on: its work and the message are kept in one transaction.
     */
    public Reply exchange(byte[] body) {
        Document envelope;
        try {
            envelope = Xml.parse(body);
        } catch (IllegalArgumentException e) {
            return fault("InvalidContent", e.getMessage());
        }
        Element payload;
        try {
            payload = SmevMessages.payload(envelope);
        } catch (IllegalArgumentException e) {
            return fault("InvalidContent", e.getMessage());
        }
        try {
            return Reply.soap(switch (payload.getLocalName()) {
                case "SendRequestRequest" -> sendRequest(payload);
                case "GetResponseRequest" -> getResponse(payload);
                case "AckRequest" -> ack(payload);
                default -> throw new Refused("InvalidContent", "Unknown operation " + payload.getLocalName());
            });
        } catch (Refused refused) {
            return fault(refused.code, refused.getMessage());
        } catch (Outage outage) {
            // A proxy's page, no SOAP: the sender cannot tell whether the message got through.
            return new Reply(outage.fault == Fault.UNAVAILABLE ? 503 : 502, "text/html",
                    "<html><body>" + outage.fault + "</body></html>");
        }
    }

    private String sendRequest(Element request) throws Refused, Outage {
        Element data = Xml.first(request, SmevMessages.TYPES, "SenderProvidedRequestData");
        if (data == null) throw new Refused("InvalidContent", "No SenderProvidedRequestData");
        checkOrder(data);
        verify(request, data);
        UUID messageId;
        try {
            messageId = UUID.fromString(Xml.textOf(data, SmevMessages.TYPES, "MessageID"));
        } catch (IllegalArgumentException e) {
            throw new Refused("InvalidMessageIdFormat", "MessageID is not a UUID");
        }
        if (messageId.version() != 1) throw new Refused("InvalidMessageIdFormat", "MessageID must be a UUID of version 1");
        Element business = Xml.firstChildElement(Xml.first(data, SmevMessages.BASIC, "MessagePrimaryContent"));
        if (business == null) throw new Refused("InvalidContent", "MessagePrimaryContent is empty");
        Deque<Fault> pending = faults.get(business.getNamespaceURI());
        Fault fault = pending == null ? null : pending.poll();
        if (fault == Fault.UNAVAILABLE) throw new Outage(fault);
        SimulatedProvider provider = providers.stream()
                .filter(p -> p.namespace().equals(business.getNamespaceURI()) && p.rootElement().equals(business.getLocalName()))
                .findFirst().orElse(null);
        KindCatalog.Kind kind = provider != null ? null : catalog.kinds().stream()
                .filter(k -> k.kind().namespace().equals(business.getNamespaceURI())
                        && k.kind().rootElement().equals(business.getLocalName()))
                .findFirst()
                .orElseThrow(() -> new Refused("BusinessDataTypeIsNotSupported",
                        "No provider for {" + business.getNamespaceURI() + "}" + business.getLocalName()));
        if (provider != null) return provided(provider, messageId, business, request, fault);

        String text = business.getTextContent();
        KindCatalog.Scenario scenario = text.contains("SIMULATE-REJECT") ? KindCatalog.Scenario.REJECT
                : text.contains("SIMULATE-SILENCE") ? KindCatalog.Scenario.SILENT : kind.simulation().scenario();
        String answer = scenario == KindCatalog.Scenario.ANSWER
                ? templates.render(RequestTemplates.SIMULATOR + kind.simulation().answerTemplate(),
                        Map.of("request", new BusinessRequest(business)))
                : null;
        return queued(messageId, business, scenario, kind.simulation().delay(), answer, kind.kind().provider(),
                fault);
    }

    /**
     * A provider acts on what it gets (the portal records a status): a repeat must not reach it, and what
     * it did is kept with the message, in one transaction, committed whatever SMEV answers (as a kept
     * message stays kept when the answer to its sender is lost).
     */
    private String provided(SimulatedProvider provider, UUID messageId, Element business, Element request, Fault fault)
            throws Refused, Outage {
        Object outcome = transaction.execute(tx -> {
            try {
                if (repeated(messageId)) throw alreadySent(messageId);
                String answer;
                try {
                    answer = provider.answer(messageId, Xml.text(business), SmevMessages.attachments(request));
                } catch (IllegalArgumentException e) {
                    throw new Refused("InvalidContent", e.getMessage());
                }
                return queued(messageId, business, KindCatalog.Scenario.ANSWER, Duration.ZERO, answer,
                        provider.recipient(), fault);
            } catch (Refused | Outage e) {
                return e;
            }
        });
        if (outcome instanceof Refused refused) throw refused;
        if (outcome instanceof Outage outage) throw outage;
        return (String) outcome;
    }

    /** Keeps the message with the answer it is to get, and says SMEV queued it (unless the answer is to be lost). */
    private String queued(UUID messageId, Element business, KindCatalog.Scenario scenario,
            Duration delay, String answer, String recipient, Fault fault) throws Outage, Refused {
        Instant now = clock.instant();
        boolean kept = jdbc.sql("""
                insert into interagency_simulator_message (message_id, response_id, namespace, root_element,
                    received_at, scenario, answer_due_at, answer_body)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (message_id) do nothing""")
                .params(messageId, RequestStore.newMessageId(), business.getNamespaceURI(), business.getLocalName(),
                        Timestamp.from(now), scenario.name(), Timestamp.from(now.plus(delay)), answer)
                .update() == 1;
        if (!kept && repeated(messageId)) throw alreadySent(messageId);
        if (fault == Fault.ANSWER_LOST) throw new Outage(fault);

        Document doc = Xml.empty();
        Element response = SmevMessages.add(doc, SmevMessages.envelope(doc), SmevMessages.TYPES, "ns:SendRequestResponse");
        Element metadata = SmevMessages.add(doc, response, SmevMessages.TYPES, "ns:MessageMetadata");
        SmevMessages.add(doc, metadata, SmevMessages.TYPES, "ns:MessageId").setTextContent(messageId.toString());
        SmevMessages.add(doc, metadata, SmevMessages.TYPES, "ns:MessageType").setTextContent("REQUEST");
        SmevMessages.add(doc, metadata, SmevMessages.TYPES, "ns:SendingTimestamp").setTextContent(SmevMessages.timestamp(now));
        SmevMessages.add(doc, metadata, SmevMessages.TYPES, "ns:Recipient").setTextContent(recipient);
        SmevMessages.add(doc, metadata, SmevMessages.TYPES, "ns:Status").setTextContent("requestIsQueued");
        return Xml.text(doc);
    }

    /** Counts a repeat of a message kept already; false when there is none. */
    private boolean repeated(UUID messageId) {
        return jdbc.sql("update interagency_simulator_message set repeats = repeats + 1 where message_id = ?")
                .param(messageId).update() == 1;
    }

    private static Refused alreadySent(UUID messageId) {
        return new Refused("MessageIsAlreadySent", "A message with MessageID " + messageId + " was sent already");
    }

    private String getResponse(Element request) throws Refused {
        Element selector = Xml.first(request, SmevMessages.BASIC, "MessageTypeSelector");
        if (selector == null) throw new Refused("InvalidContent", "No MessageTypeSelector");
        verify(request, selector);
        String namespace = Xml.textOf(selector, SmevMessages.BASIC, "NamespaceURI");
        String root = Xml.textOf(selector, SmevMessages.BASIC, "RootElementLocalName");
        Instant now = clock.instant();
        return respond(namespace, root, now);
    }

    private String respond(String namespace, String root, Instant now) {
        Map<String, Object> row = handOut(namespace, root, now);
        Document doc = Xml.empty();
        Element response = SmevMessages.add(doc, SmevMessages.envelope(doc), SmevMessages.TYPES, "ns:GetResponseResponse");
        if (row == null) return Xml.text(doc);
        UUID original = (UUID) row.get("message_id");
        UUID responseId = (UUID) row.get("response_id");

        Element message = SmevMessages.add(doc, response, SmevMessages.TYPES, "ns:ResponseMessage");
        Element smevResponse = SmevMessages.add(doc, message, SmevMessages.TYPES, "ns:Response");
        SmevMessages.add(doc, smevResponse, SmevMessages.TYPES, "ns:OriginalMessageId").setTextContent(original.toString());
        Element data = SmevMessages.add(doc, smevResponse, SmevMessages.TYPES, "ns:SenderProvidedResponseData");
        data.setAttribute("Id", SmevMessages.SIGNED_BY_PROVIDER);
        SmevMessages.add(doc, data, SmevMessages.TYPES, "ns:MessageID").setTextContent(responseId.toString());
        SmevMessages.add(doc, data, SmevMessages.TYPES, "ns:To").setTextContent("reglament");
        if ("REJECT".equals(row.get("scenario"))) {
            Element rejected = SmevMessages.add(doc, data, SmevMessages.TYPES, "ns:RequestRejected");
            SmevMessages.add(doc, rejected, SmevMessages.TYPES, "ns:RejectionReasonCode").setTextContent("NO_DATA");
            SmevMessages.add(doc, rejected, SmevMessages.TYPES, "ns:RejectionReasonDescription")
                    .setTextContent("Запрашиваемые сведения отсутствуют");
        } else {
            Element content = SmevMessages.add(doc, data, SmevMessages.BASIC, "bas:MessagePrimaryContent");
            Node answer = doc.importNode(Xml.parse((String) row.get("answer_body")).getDocumentElement(), true);
            content.appendChild(answer);
        }
        Element metadata = SmevMessages.add(doc, smevResponse, SmevMessages.TYPES, "ns:MessageMetadata");
        SmevMessages.add(doc, metadata, SmevMessages.TYPES, "ns:MessageId").setTextContent(responseId.toString());
        SmevMessages.add(doc, metadata, SmevMessages.TYPES, "ns:MessageType").setTextContent("RESPONSE");
        SmevMessages.add(doc, metadata, SmevMessages.TYPES, "ns:DeliveryTimestamp").setTextContent(SmevMessages.timestamp(now));
        SmevMessages.add(doc, smevResponse, SmevMessages.TYPES, "ns:ProviderInformationSystemSignature");
        return Xml.text(SmevMessages.signed(doc, SmevMessages.SIGNED_BY_PROVIDER, "ProviderInformationSystemSignature",
                keys.platform()));
    }

    /**
     * The oldest answer due of this type that is not acknowledged and not handed out within {@link #REDELIVERY},
     * now handed out; null when there is none. Read without a write: the hand-out is this node's to
     * remember, and two pollers asking at once get two answers.
     */
    private Map<String, Object> handOut(String namespace, String root, Instant now) {
        while (true) {
            handedOut.values().removeIf(at -> redeliverable(at, now));
            String[] held = handedOut.keySet().stream().map(UUID::toString).toArray(String[]::new);
            List<Map<String, Object>> rows = jdbc.sql("""
                    select message_id, response_id, scenario, answer_body from interagency_simulator_message
                    where namespace = ? and root_element = ? and acknowledged_at is null and scenario <> 'SILENT'
                      and answer_due_at <= ? and response_id <> all(?::uuid[])
                    order by answer_due_at limit 1""")
                    .params(namespace, root, Timestamp.from(now), held)
                    .query().listOfRows();
            if (rows.isEmpty()) return null;
            UUID responseId = (UUID) rows.get(0).get("response_id");
            Instant before = handedOut.putIfAbsent(responseId, now);
            if (before == null || redeliverable(before, now) && handedOut.replace(responseId, before, now)) return rows.get(0);
            // Another poller took it this moment; it is held now, so the next look passes it by.
        }
    }

    private static boolean redeliverable(Instant handedOutAt, Instant now) {
        return !handedOutAt.isAfter(now.minus(REDELIVERY));
    }

    private String ack(Element request) throws Refused {
        Element target = Xml.first(request, SmevMessages.TYPES, "AckTargetMessage");
        if (target == null) throw new Refused("InvalidContent", "No AckTargetMessage");
        verify(request, target);
        UUID responseId;
        try {
            responseId = UUID.fromString(target.getTextContent().trim());
        } catch (IllegalArgumentException e) {
            throw new Refused("InvalidMessageIdFormat", "AckTargetMessage is not a MessageID");
        }
        // Committed without waiting for the disk (set for this statement's own transaction): should the
        // database lose it in a crash, the answer is handed out again, as SMEV does with every answer not
        // acknowledged, and the consumer takes a repeat as a repeat.
        jdbc.sql("""
                update interagency_simulator_message set acknowledged_at = ?
                where response_id = ? and acknowledged_at is null and set_config('synchronous_commit', 'off', true) is not null""")
                .params(Timestamp.from(clock.instant()), responseId).update();
        handedOut.remove(responseId);
        Document doc = Xml.empty();
        SmevMessages.add(doc, SmevMessages.envelope(doc), SmevMessages.TYPES, "ns:AckResponse");
        return Xml.text(doc);
    }

    /** The children of SenderProvidedRequestData in the schema's order, with the two it cannot do without. */
    private static void checkOrder(Element data) throws Refused {
        int last = -1;
        boolean messageId = false;
        boolean content = false;
        for (Node n = data.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element child)) continue;
            int at = SmevMessages.REQUEST_DATA_ORDER.indexOf(child.getLocalName());
            if (at < 0) throw new Refused("InvalidContent", "Unexpected element " + child.getLocalName());
            if (at <= last) {
                throw new Refused("InvalidContent", child.getLocalName() + " is out of order in SenderProvidedRequestData");
            }
            last = at;
            messageId |= at == 0;
            content |= "MessagePrimaryContent".equals(child.getLocalName());
        }
        if (!messageId || !content) throw new Refused("InvalidContent", "MessageID and MessagePrimaryContent are required");
    }

    /** The signature in CallerInformationSystemSignature must cover exactly the signed block. */
    private static void verify(Element request, Element signed) throws Refused {
        Element holder = Xml.first(request, SmevMessages.TYPES, "CallerInformationSystemSignature");
        Element signature = holder == null ? null : Xml.firstChildElement(holder);
        if (signature == null) throw new Refused("SignatureVerificationFault", "The message is not signed");
        Element reference = Xml.first(signature, "http://www.w3.org/2000/09/xmldsig#", "Reference");
        if (reference == null || !("#" + signed.getAttribute("Id")).equals(reference.getAttribute("URI"))) {
            throw new Refused("SignatureVerificationFault", "The signature does not cover " + signed.getLocalName());
        }
        try {
            SmevSignatureVerifier.verify(signature);
        } catch (SmevSignatureException e) {
            throw new Refused("SignatureVerificationFault", "Signature verification failed: " + e.getMessage());
        }
    }

    /** SOAP 1.1 sends a fault with HTTP 500. */
    private static Reply fault(String code, String message) {
        return new Reply(500, "text/xml", Xml.text(SmevMessages.fault(code, message)));
    }

    /** The node failing as a network does: answered with no SOAP at all. Checked, so a message kept stays kept. */
    private static final class Outage extends Exception {
        private final Fault fault;

        Outage(Fault fault) {
            super(fault.name(), null, false, false);
            this.fault = fault;
        }
    }

    /** SMEV's refusal of a message: a SOAP fault with this fault element. */
    private static final class Refused extends Exception {
        private final String code;

        Refused(String code, String message) {
            super(message);
            this.code = code;
        }
    }
}
