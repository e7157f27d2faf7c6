package ru.reglament.portal.internal;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import ru.reglament.shared.SafeXml;

/**
 * The portal's status messages (ЕЛК, namespace {@code http://epgu.gosuslugi.ru/elk/status/1.0.2}):
 * {@code ElkOrderRequest} with {@code UpdateOrdersRequest}, one order and one status in the order's
 * history, its attachments named by the SMEV attachment's content id (FSuuid); and the portal's
 * {@code ElkOrderResponse}, code 0 when it took the update.
 */
final class ElkMessages {

    static final String NAMESPACE = "http://epgu.gosuslugi.ru/elk/status/1.0.2";
    static final String REQUEST = "ElkOrderRequest";
    static final String RESPONSE = "ElkOrderResponse";
    /** The portal's document type of a result file in the cabinet. */
    static final String RESULT = "ELK_RESULT";
    static final int OK = 0;

    private static final TransformerFactory TRANSFORMERS = TransformerFactory.newInstance();

    private ElkMessages() {
    }

    /** One status of an order as the cabinet keeps it. */
    record StatusUpdate(String orderNumber, int status, Instant date, String comment, List<AttachmentRef> attachments) {
    }

    record AttachmentRef(String fsUuid, String docTypeId) {
    }

    /** The portal's answer: its code and message for the request as a whole. */
    record Response(int code, String message) {
        boolean accepted() {
            return code == OK;
        }
    }

    static String update(String env, StatusUpdate update) {
        Document doc = SafeXml.empty();
        Element root = doc.createElementNS(NAMESPACE, "elk:" + REQUEST);
        root.setAttribute("env", env);
        doc.appendChild(root);
        Element order = add(add(add(root, "UpdateOrdersRequest"), "orders"), "order");
        add(order, "elkOrderNumber").setTextContent(update.orderNumber());
        Element history = add(add(order, "statusHistoryList"), "statusHistory");
        add(history, "status").setTextContent(Integer.toString(update.status()));
        add(history, "IsInformed").setTextContent("true");
        add(history, "statusDate").setTextContent(date(update.date()));
        if (update.comment() != null) add(history, "statusComment").setTextContent(update.comment());
        if (!update.attachments().isEmpty()) {
            Element attachments = add(history, "attachments");
            for (AttachmentRef ref : update.attachments()) {
                Element attachment = add(attachments, "attachment");
                add(attachment, "FSuuid").setTextContent(ref.fsUuid());
                add(attachment, "docTypeId").setTextContent(ref.docTypeId());
            }
        }
        return text(doc);
    }

    /** The updates of an {@code ElkOrderRequest} (the portal's side); a malformed one is an {@link IllegalArgumentException}. */
    static List<StatusUpdate> readUpdate(String xml) {
        Element root = SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !REQUEST.equals(root.getLocalName())) {
            throw new IllegalArgumentException("Not an ElkOrderRequest");
        }
        Element update = child(root, "UpdateOrdersRequest");
        Element orders = update == null ? null : child(update, "orders");
        if (orders == null) throw new IllegalArgumentException("UpdateOrdersRequest/orders is required");
        List<StatusUpdate> updates = new ArrayList<>();
        for (Element order : children(orders, "order")) {
            String number = required(order, "elkOrderNumber");
            Element list = child(order, "statusHistoryList");
            if (list == null) throw new IllegalArgumentException("order " + number + ": statusHistoryList is required");
            for (Element history : children(list, "statusHistory")) {
                int status;
                Instant date;
                try {
                    status = Integer.parseInt(required(history, "status"));
                    date = OffsetDateTime.parse(required(history, "statusDate")).toInstant();
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("order " + number + ": status and statusDate: " + e.getMessage(), e);
                }
                Element comment = child(history, "statusComment");
                List<AttachmentRef> refs = new ArrayList<>();
                Element attachments = child(history, "attachments");
                if (attachments != null) {
                    for (Element a : children(attachments, "attachment")) {
                        refs.add(new AttachmentRef(required(a, "FSuuid"), text(child(a, "docTypeId"))));
                    }
                }
                updates.add(new StatusUpdate(number, status, date, comment == null ? null : comment.getTextContent(),
                        List.copyOf(refs)));
            }
        }
        if (updates.isEmpty()) throw new IllegalArgumentException("No statusHistory in the request");
        return updates;
    }

    static String response(Response response) {
        Document doc = SafeXml.empty();
        Element root = doc.createElementNS(NAMESPACE, "elk:" + RESPONSE);
        doc.appendChild(root);
        Element update = add(root, "UpdateOrdersResponse");
        add(update, "code").setTextContent(Integer.toString(response.code()));
        add(update, "message").setTextContent(response.message());
        return text(doc);
    }

    static Response readResponse(String xml) {
        Element root = SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !RESPONSE.equals(root.getLocalName())) {
            throw new IllegalArgumentException("Not an ElkOrderResponse");
        }
        Element answer = firstElement(root);
        if (answer == null) throw new IllegalArgumentException("An empty ElkOrderResponse");
        try {
            return new Response(Integer.parseInt(required(answer, "code")), text(child(answer, "message")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ElkOrderResponse code is not a number", e);
        }
    }

    private static String date(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(3)).toString();
    }

    private static Element add(Element parent, String localName) {
        Element element = parent.getOwnerDocument().createElementNS(NAMESPACE, "elk:" + localName);
        parent.appendChild(element);
        return element;
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) return e;
        }
        return null;
    }

    private static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NAMESPACE.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String required(Element parent, String localName) {
        String value = text(child(parent, localName));
        if (value == null || value.isBlank()) throw new IllegalArgumentException(localName + " is required");
        return value.trim();
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent();
    }

    private static String text(Document doc) {
        try {
            Transformer transformer = TRANSFORMERS.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write the status message", e);
        }
    }
}
