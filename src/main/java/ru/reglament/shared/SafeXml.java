package ru.reglament.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Parses XML that came from outside: namespace-aware, no DTDs, so no entity expansion or external fetches. */
public final class SafeXml {

    private SafeXml() {
    }

    private static final DocumentBuilderFactory FACTORY = factory();

    /**
     * CDATA sections become plain text, as exclusive c14n would have written them. The platform's one
     * parser of XML: SMEV messages, templates' output, signatures, the portal's status messages.
     */
    public static Document parse(byte[] xml) {
        DocumentBuilder builder = BUILDER.get();
        try {
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("Not well-formed XML: " + e.getMessage(), e);
        } finally {
            builder.reset();
            builder.setErrorHandler(THROWING);
        }
    }

    /** An empty document to build a message in. */
    public static Document empty() {
        return BUILDER.get().newDocument();
    }

    private static DocumentBuilderFactory factory() {
        try {
            // The JDK's own parser, whose feature names are known, whatever else is on the classpath.
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setCoalescing(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a required feature", e);
        }
    }

    /** The default handler prints to stderr before throwing; we only throw. */
    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** One builder per thread, reset after each use: making one sets up a whole parser configuration, as dear as a parse. */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(THROWING);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a required feature", e);
        }
    });
}
