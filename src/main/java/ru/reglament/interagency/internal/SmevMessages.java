package ru.reglament.interagency.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import ru.reglament.interagency.SmevChannel;
import ru.reglament.interagency.internal.xmldsig.SmevSigner;

/**
 * The SMEV 3 message exchange 1.3 as SOAP 1.1 envelopes: what the adapter sends (SendRequest,
 * GetResponse, Ack) and reads back, and what the simulator answers. Each signed block has its
 * {@code Id} and the signature of its sender in the element that follows it.
 */
final class SmevMessages {

    static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String TYPES = "urn://x-artefacts-smev-gov-ru/services/message-exchange/types/1.3";
    static final String BASIC = "urn://x-artefacts-smev-gov-ru/services/message-exchange/types/basic/1.3";
    static final String FAULTS = "urn://x-artefacts-smev-gov-ru/services/message-exchange/types/faults/1.3";

    static final String SIGNED_BY_CONSUMER = "SIGNED_BY_CONSUMER";
    static final String SIGNED_BY_CALLER = "SIGNED_BY_CALLER";
    static final String SIGNED_BY_PROVIDER = "SIGNED_BY_PROVIDER";

    /** The children of SenderProvidedRequestData, in the order the schema requires; all but two optional. */
    static final List<String> REQUEST_DATA_ORDER = List.of("MessageID", "ReferenceMessageID", "TransactionCode",
            "NodeID", "EOL", "MessagePrimaryContent", "PersonalSignature", "AttachmentHeaderList",
            "RefAttachmentHeaderList", "BusinessProcessMetadata", "TestMessage");

    private SmevMessages() {
    }

    /** {@code SendRequestRequest}: the business request in MessagePrimaryContent, signed by the organisation. */
    static Document sendRequest(UUID messageId, String businessXml, boolean testMessage, SmevSigner signer) {
        return sendRequest(messageId, businessXml, List.of(), testMessage, signer);
    }

    /**
     * {@code SendRequestRequest} with files: their headers (content id, MIME type, the file's own
     * signature) inside the signed SenderProvidedRequestData, their content in AttachmentContentList after it.
     */
    static Document sendRequest(UUID messageId, String businessXml, List<SmevChannel.Attachment> attachments,
            boolean testMessage, SmevSigner signer) {
        Document doc = Xml.empty();
        Element body = envelope(doc);
        Element request = add(doc, body, TYPES, "ns:SendRequestRequest");
        Element data = add(doc, request, TYPES, "ns:SenderProvidedRequestData");
        data.setAttribute("Id", SIGNED_BY_CONSUMER);
        add(doc, data, TYPES, "ns:MessageID").setTextContent(messageId.toString());
        Element content = add(doc, data, BASIC, "bas:MessagePrimaryContent");
        content.appendChild(doc.importNode(Xml.parse(businessXml).getDocumentElement(), true));
        if (!attachments.isEmpty()) {
            Element headers = add(doc, data, BASIC, "bas:AttachmentHeaderList");
            Element contents = doc.createElementNS(BASIC, "bas:AttachmentContentList");
            Base64.Encoder base64 = Base64.getEncoder();
            for (SmevChannel.Attachment attachment : attachments) {
                Element header = add(doc, headers, BASIC, "bas:AttachmentHeader");
                add(doc, header, BASIC, "bas:contentId").setTextContent(attachment.contentId());
                add(doc, header, BASIC, "bas:MimeType").setTextContent(attachment.mimeType());
                if (attachment.signaturePkcs7() != null) {
                    add(doc, header, BASIC, "bas:SignaturePKCS7").setTextContent(base64.encodeToString(attachment.signaturePkcs7()));
                }
                Element item = add(doc, contents, BASIC, "bas:AttachmentContent");
                add(doc, item, BASIC, "bas:Id").setTextContent(attachment.contentId());
                add(doc, item, BASIC, "bas:Content").setTextContent(base64.encodeToString(attachment.content()));
            }
            if (testMessage) add(doc, data, TYPES, "ns:TestMessage");
            request.appendChild(contents);
        } else if (testMessage) {
            add(doc, data, TYPES, "ns:TestMessage");
        }
        add(doc, request, TYPES, "ns:CallerInformationSystemSignature");
        return signed(doc, SIGNED_BY_CONSUMER, "CallerInformationSystemSignature", signer);
    }

    /**
     * The files of a {@code SendRequestRequest}: each header with its content; a header without content
     * or content without a header is refused.
     */
    static List<SmevChannel.Attachment> attachments(Element request) {
        Element data = Xml.first(request, TYPES, "SenderProvidedRequestData");
        Element headers = data == null ? null : Xml.first(data, BASIC, "AttachmentHeaderList");
        Element contents = Xml.first(request, BASIC, "AttachmentContentList");
        if (headers == null && contents == null) return List.of();
        if (headers == null || contents == null) {
            throw new IllegalArgumentException("AttachmentHeaderList and AttachmentContentList go together");
        }
        Map<String, byte[]> content = new LinkedHashMap<>();
        Base64.Decoder base64 = Base64.getMimeDecoder();
        for (Element item : children(contents, "AttachmentContent")) {
            content.put(Xml.textOf(item, BASIC, "Id"), base64.decode(Xml.textOf(item, BASIC, "Content")));
        }
        List<SmevChannel.Attachment> attachments = new ArrayList<>();
        for (Element header : children(headers, "AttachmentHeader")) {
            String id = Xml.textOf(header, BASIC, "contentId");
            byte[] bytes = content.remove(id);
            if (bytes == null) throw new IllegalArgumentException("No AttachmentContent for contentId " + id);
            String signature = Xml.textOf(header, BASIC, "SignaturePKCS7");
            attachments.add(new SmevChannel.Attachment(id, Xml.textOf(header, BASIC, "MimeType"), bytes,
                    signature == null ? null : base64.decode(signature)));
        }
        if (!content.isEmpty()) throw new IllegalArgumentException("AttachmentContent without a header: " + content.keySet());
        return attachments;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) found.add(e);
        }
        return found;
    }

    /** {@code GetResponseRequest} for one message type, signed by the platform. */
    static Document getResponse(String namespace, String rootElement, Instant now, SmevSigner signer) {
        Document doc = Xml.empty();
        Element body = envelope(doc);
        Element request = add(doc, body, TYPES, "ns:GetResponseRequest");
        Element selector = add(doc, request, BASIC, "bas:MessageTypeSelector");
        selector.setAttribute("Id", SIGNED_BY_CALLER);
        add(doc, selector, BASIC, "bas:NamespaceURI").setTextContent(namespace);
        add(doc, selector, BASIC, "bas:RootElementLocalName").setTextContent(rootElement);
        add(doc, selector, BASIC, "bas:Timestamp").setTextContent(timestamp(now));
        add(doc, request, TYPES, "ns:CallerInformationSystemSignature");
        return signed(doc, SIGNED_BY_CALLER, "CallerInformationSystemSignature", signer);
    }

    /** {@code AckRequest}: the message was stored and need not be handed out again. */
    static Document ack(UUID messageId, SmevSigner signer) {
        Document doc = Xml.empty();
        Element body = envelope(doc);
        Element request = add(doc, body, TYPES, "ns:AckRequest");
        Element target = add(doc, request, TYPES, "ns:AckTargetMessage");
        target.setAttribute("Id", SIGNED_BY_CALLER);
        target.setAttribute("accepted", "true");
        target.setTextContent(messageId.toString());
        add(doc, request, TYPES, "ns:CallerInformationSystemSignature");
        return signed(doc, SIGNED_BY_CALLER, "CallerInformationSystemSignature", signer);
    }

    /** The message signed: the block with this {@code Id}, by a signature in the element {@code holder}. */
    static Document signed(Document built, String id, String holder, SmevSigner signer) {
        signer.sign(built, id, Xml.first(built, TYPES, holder));
        return built;
    }

    /** A SOAP 1.1 fault with SMEV's fault element in the detail. */
    static Document fault(String code, String message) {
        Document doc = Xml.empty();
        Element body = envelope(doc);
        Element fault = add(doc, body, SOAP, "soap:Fault");
        add(doc, fault, null, "faultcode").setTextContent("soap:" + (code.equals("SystemFault") ? "Server" : "Client"));
        add(doc, fault, null, "faultstring").setTextContent(message);
        Element detail = add(doc, fault, null, "detail");
        add(doc, detail, FAULTS, "f:" + code).setTextContent(message);
        return doc;
    }

    /** The body's first element. */
    static Element payload(Document envelope) {
        Element body = Xml.first(envelope, SOAP, "Body");
        if (body == null) throw new IllegalArgumentException("Not a SOAP envelope: no Body");
        Element first = Xml.firstChildElement(body);
        if (first == null) throw new IllegalArgumentException("Empty SOAP Body");
        return first;
    }

    /** The SMEV fault's name in a SOAP fault, or null when the body is no fault. */
    static String faultCode(Document envelope) {
        Element payload = payload(envelope);
        if (!"Fault".equals(payload.getLocalName())) return null;
        Element detail = Xml.first(payload, null, "detail");
        Element smev = detail == null ? null : Xml.firstChildElement(detail);
        return smev != null ? smev.getLocalName() : "SystemFault";
    }

    static String faultString(Document envelope) {
        String text = Xml.textOf(payload(envelope), null, "faultstring");
        return text == null ? "" : text;
    }

    static Element envelope(Document doc) {
        Element envelope = doc.createElementNS(SOAP, "soap:Envelope");
        doc.appendChild(envelope);
        add(doc, envelope, SOAP, "soap:Header");
        return add(doc, envelope, SOAP, "soap:Body");
    }

    static Element add(Document doc, Node parent, String namespace, String qualifiedName) {
        Element element = namespace == null ? doc.createElement(qualifiedName) : doc.createElementNS(namespace, qualifiedName);
        parent.appendChild(element);
        return element;
    }

    static String timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(3)).toString();
    }
}
