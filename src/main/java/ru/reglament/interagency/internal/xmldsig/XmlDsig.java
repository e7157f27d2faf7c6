package ru.reglament.interagency.internal.xmldsig;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The XMLDSig vocabulary and the DOM walks shared by signer and verifier. */
final class XmlDsig {

    static final String NAMESPACE = "http://www.w3.org/2000/09/xmldsig#";
    static final String PREFIX = "ds";
    /** SMEV 3 names the signed block by this attribute, e.g. {@code Id="SIGNED_BY_CONSUMER"}. */
    static final String ID_ATTRIBUTE = "Id";

    private XmlDsig() {
    }

    /** Every element of the document whose {@code Id} attribute equals {@code id}, in document order. */
    static List<Element> elementsWithId(Document document, String id) {
        List<Element> found = new ArrayList<>();
        collectWithId(document.getDocumentElement(), id, found);
        return found;
    }

    private static void collectWithId(Element element, String id, List<Element> found) {
        if (id.equals(element.getAttribute(ID_ATTRIBUTE))) {
            found.add(element);
        }
        for (Element child : childElements(element)) {
            collectWithId(child, id, found);
        }
    }

    /** The {@code ds:} children of {@code parent} with this local name. */
    static List<Element> children(Element parent, String localName) {
        List<Element> matching = new ArrayList<>();
        for (Element child : childElements(parent)) {
            if (NAMESPACE.equals(child.getNamespaceURI()) && localName.equals(child.getLocalName())) {
                matching.add(child);
            }
        }
        return matching;
    }

    static boolean contains(Node ancestor, Node node) {
        for (Node current = node; current != null; current = current.getParentNode()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> childElements(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
