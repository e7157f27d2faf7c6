package ru.reglament.interagency.internal;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import ru.reglament.shared.SafeXml;

/** XML in and out for SMEV messages (parsed by {@link SafeXml}: no DTDs or external entities from anybody). */
final class Xml {

    // Looking a TransformerFactory up scans the classpath's service files: once, not per message.
    // A Transformer is not thread-safe, so each thread keeps its own.
    private static final TransformerFactory TRANSFORMERS = TransformerFactory.newInstance();
    private static final ThreadLocal<Transformer> WRITER = ThreadLocal.withInitial(() -> {
        try {
            Transformer transformer = TRANSFORMERS.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            return transformer;
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    });

    private Xml() {
    }

    static Document parse(String xml) {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    static Document parse(byte[] xml) {
        return SafeXml.parse(xml);
    }

    static Document empty() {
        return SafeXml.empty();
    }

    /** The node as text, without an XML declaration. */
    static String text(Node node) {
        try {
            StringWriter out = new StringWriter();
            WRITER.get().transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first descendant (or the element itself) with this namespace and local name, or null. */
    static Element first(Node within, String namespace, String localName) {
        if (within instanceof Element e && localName.equals(e.getLocalName())
                && (namespace == null || namespace.equals(e.getNamespaceURI()))) {
            return e;
        }
        NodeList found = within instanceof Document d ? d.getElementsByTagNameNS(namespace == null ? "*" : namespace, localName)
                : ((Element) within).getElementsByTagNameNS(namespace == null ? "*" : namespace, localName);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    /** The text of the first such descendant, trimmed, or null. */
    static String textOf(Node within, String namespace, String localName) {
        Element e = first(within, namespace, localName);
        return e == null ? null : e.getTextContent().trim();
    }

    /** The first child element, skipping text and comments, or null. */
    static Element firstChildElement(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) return e;
        }
        return null;
    }
}
