package ru.reglament.interagency.internal;

import org.w3c.dom.Element;

/** A business request as the simulator's answer templates read it: {@code request.text('CadastralNumber')}. */
public final class BusinessRequest {

    private final Element root;

    BusinessRequest(Element root) {
        this.root = root;
    }

    /** The text of the first element with this local name, or an empty string. */
    public String text(String localName) {
        String text = Xml.textOf(root, null, localName);
        return text == null ? "" : text;
    }

    /** An attribute of the root element, or an empty string. */
    public String attribute(String name) {
        return root.getAttribute(name);
    }
}
