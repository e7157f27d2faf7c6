package ru.reglament.interagency.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
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
import org.xml.sax.SAXException;

/** XML in and out for SMEV messages: namespace-aware, and no DTDs or external entities from anybody. */
final class Xml {

    private static final DocumentBuilderFactory FACTORY = factory();
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
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        } catch (SAXException e) {
            throw new IllegalArgumentException("Not well-formed XML: " + e.getMessage(), e);
        }
    }

    static Document empty() {
        try {
            return FACTORY.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
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

    /** The elements whose attribute {@code Id} has this value, in document order. */
    static java.util.List<Element> all(Document doc, String id) {
        java.util.List<Element> found = new java.util.ArrayList<>();
        NodeList elements = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element e = (Element) elements.item(i);
            if (id.equals(e.getAttribute("Id"))) found.add(e);
        }
        return found;
    }

    /** The first child element, skipping text and comments, or null. */
    static Element firstChildElement(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) return e;
        }
        return null;
    }

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
