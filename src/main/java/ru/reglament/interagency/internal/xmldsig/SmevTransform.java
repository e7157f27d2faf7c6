package ru.reglament.interagency.internal.xmldsig;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import ru.reglament.shared.SafeXml;

/**
 * The SMEV 3 transform {@value #ALGORITHM} («Методические рекомендации по работе с ЕСМЭВ» 3.x,
 * «Трансформация»), applied after exclusive c14n so that a signed block survives re-serialization by
 * the systems it passes through. The rules, in the recommendations' order:
 * <ol>
 * <li>the XML declaration and processing instructions are dropped (so are comments);
 * <li>text nodes of whitespace only (characters up to U+0020) are dropped, other text is kept as is;
 * <li>every element is written as a start and an end tag, never as an empty-element tag;
 * <li>namespace declarations the output does not use are dropped;
 * <li>an element's namespace is declared on it unless an output ancestor already declares it;
 * <li>prefixes become {@code ns1}, {@code ns2}, … numbered in order of generation over the whole
 *     fragment; a declaration is visible only in its own subtree, so a sibling subtree using the same
 *     namespace gets the next number;
 * <li>attributes are sorted: namespaced ones first, by namespace URI and then local name, then the
 *     attributes without a namespace, by local name;
 * <li>declarations precede attributes: the element's own namespace first, then those the attributes
 *     need, in attribute order.
 * </ol>
 * Where the recommendations are silent, this follows SMEV's reference {@code SmevTransformSpi}
 * ({@code ru.voskhod.crypto.impl}), a StAX pass with Woodstox's reader and writer: prefixes inside
 * attribute values or text (e.g. {@code xsi:type="a:T"}) are not rewritten, escaping is Woodstox's
 * (detailed on the escaping methods below), and elements without a namespace or attributes in
 * the {@code xml:} namespace are refused, because the reference fails on them and SMEV could not
 * verify such a signature.
 */
public final class SmevTransform {

    public static final String ALGORITHM = "urn://smev-gov-ru/xmldsig/transform";

    /** Namespaced attributes first; String order of URIs and names, as the reference compares them. */
    private static final Comparator<Attr> ATTRIBUTE_ORDER = Comparator
            .comparing((Attr attribute) -> attribute.getNamespaceURI() == null)
            .thenComparing(attribute -> attribute.getNamespaceURI() == null ? "" : attribute.getNamespaceURI())
            .thenComparing(SmevTransform::localName);

    private SmevTransform() {
    }

    /**
     * @param xml a UTF-8 XML document, normally the output of exclusive c14n
     * @return the transformed document in UTF-8
     * @throws IllegalArgumentException if the input is not well-formed namespace-aware XML, has a DTD,
     *     an element without a namespace or an {@code xml:} attribute
     */
    public static byte[] apply(byte[] xml) {
        return of(SafeXml.parse(xml).getDocumentElement());
    }

    /**
     * The transform of exclusive c14n's output for this subtree, taken from the tree itself: the same
     * bytes as {@code apply(ExclusiveC14n.of(element))} without writing the canonical form and parsing
     * it again (a message's signing and checking did that eight times). What c14n would change here
     * changes nothing: the transform declares its own prefixes, sorts attributes and escapes alike,
     * and the text around a comment, which c14n drops, is read as one text.
     *
     * @throws IllegalArgumentException as {@link #apply} does
     */
    public static byte[] of(Element element) {
        return new Pass().element(element).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One pass over one document; the prefix counter is never reset within it. */
    private static final class Pass {

        private final StringBuilder out = new StringBuilder();
        /** Per output element on the current path: namespace URI → generated prefix declared there. */
        private final Deque<Map<String, String>> declarations = new ArrayDeque<>();
        private int generated;

        StringBuilder element(Element element) {
            if (element.getNamespaceURI() == null) {
                throw new IllegalArgumentException("The SMEV transform cannot write <" + element.getLocalName()
                        + ">, an element without a namespace");
            }
            Map<String, String> declaredHere = new LinkedHashMap<>();
            declarations.push(declaredHere);
            // The element's name first: its namespace gets the first new prefix (rule 8).
            String name = qualifiedName(element.getNamespaceURI(), element.getLocalName(), declaredHere);
            List<String> attributes = new ArrayList<>();
            for (Attr attribute : sortedAttributes(element)) {
                attributes.add(qualifiedName(attribute.getNamespaceURI(), localName(attribute), declaredHere)
                        + "=\"" + attributeValue(attribute.getValue()) + '"');
            }
            out.append('<').append(name);
            declaredHere.forEach((uri, prefix) ->
                    out.append(" xmlns:").append(prefix).append("=\"").append(attributeValue(uri)).append('"'));
            attributes.forEach(attribute -> out.append(' ').append(attribute));
            out.append('>');
            // Text is written by runs: c14n drops comments and so joins the text around them, and parsing
            // joins CDATA with its neighbours; an element or a processing instruction ends a run.
            StringBuilder run = new StringBuilder();
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                switch (child.getNodeType()) {
                    case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> run.append(child.getNodeValue());
                    case Node.COMMENT_NODE -> {
                    }
                    default -> {
                        writeText(run);
                        // Processing instructions are dropped (rule 1).
                        if (child.getNodeType() == Node.ELEMENT_NODE) element((Element) child);
                    }
                }
            }
            writeText(run);
            out.append("</").append(name).append('>');
            declarations.pop();
            return out;
        }

        /** Writes a run of text unless it is whitespace only (rule 2), and empties it. */
        private void writeText(StringBuilder run) {
            if (run.isEmpty()) return;
            String value = run.toString();
            if (!value.trim().isEmpty()) out.append(text(value));
            run.setLength(0);
        }

        /**
         * {@code prefix:localName}, declaring a new prefix on the current element when no output
         * ancestor has one for the namespace; just the local name for an attribute without namespace.
         */
        private String qualifiedName(String namespace, String localName, Map<String, String> declaredHere) {
            if (namespace == null) {
                return localName;
            }
            String prefix = declaredPrefix(namespace);
            if (prefix == null) {
                prefix = "ns" + ++generated;
                declaredHere.put(namespace, prefix);
            }
            return prefix + ':' + localName;
        }

        private String declaredPrefix(String namespace) {
            for (Map<String, String> level : declarations) {
                String prefix = level.get(namespace);
                if (prefix != null) {
                    return prefix;
                }
            }
            return null;
        }
    }

    /** An attribute set without a namespace in a tree built in memory (DOM level 1) has its name but no local name. */
    private static String localName(Attr attribute) {
        return attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
    }

    private static List<Attr> sortedAttributes(Element element) {
        NamedNodeMap all = element.getAttributes();
        List<Attr> attributes = new ArrayList<>(all.getLength());
        for (int i = 0; i < all.getLength(); i++) {
            Attr attribute = (Attr) all.item(i);
            if (XMLConstants.XML_NS_URI.equals(attribute.getNamespaceURI())) {
                throw new IllegalArgumentException("The SMEV transform cannot write " + attribute.getName()
                        + ": the xml namespace may not be bound to a generated prefix");
            }
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                attributes.add(attribute);
            }
        }
        attributes.sort(ATTRIBUTE_ORDER);
        return attributes;
    }

    /**
     * Text escaped as Woodstox writes it: {@code &} and {@code <} always, {@code >} only where it
     * would close {@code ]]>}, carriage return as a character reference (a raw one would not survive
     * parsing); tab and line feed as they are.
     */
    private static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append(i >= 2 && value.startsWith("]]", i - 2) ? "&gt;" : ">");
                case '\r' -> escaped.append("&#xd;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Attribute values escaped as Woodstox writes them: {@code &}, {@code <} and {@code "}, and tab,
     * line feed and carriage return as character references (attribute normalization would turn raw
     * ones into spaces); {@code >} and {@code '} as they are.
     */
    private static String attributeValue(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '"' -> escaped.append("&quot;");
                case '\t' -> escaped.append("&#x9;");
                case '\n' -> escaped.append("&#xa;");
                case '\r' -> escaped.append("&#xd;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
