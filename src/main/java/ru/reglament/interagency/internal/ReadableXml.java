package ru.reglament.interagency.internal;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import ru.reglament.interagency.InteragencyRequests.Line;

/**
 * Business XML as a person reads it: every value with the path of element names that leads to it,
 * attributes included («СвЮЛ / ИНН → 4716012340»). The names are the agency's own (often Russian),
 * which is what a specialist compares against the agency's format description.
 */
final class ReadableXml {

    private ReadableXml() {
    }

    static List<Line> lines(String xml) {
        if (xml == null || xml.isBlank()) return List.of();
        List<Line> lines = new ArrayList<>();
        // The root names the message type, which the page says already: its content starts the paths.
        walk(Xml.parse(xml).getDocumentElement(), null, lines);
        return lines;
    }

    private static void walk(Element element, String parent, List<Line> lines) {
        String path = parent == null ? "" : parent.isEmpty() ? element.getLocalName() : parent + " / " + element.getLocalName();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if ("http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) continue;
            lines.add(new Line(path.isEmpty() ? attribute.getLocalName() : path + " / " + attribute.getLocalName(),
                    attribute.getValue()));
        }
        boolean children = false;
        StringBuilder text = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                children = true;
                walk(child, path, lines);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        if (!children && !text.toString().isBlank()) lines.add(new Line(path, text.toString().trim()));
    }
}
