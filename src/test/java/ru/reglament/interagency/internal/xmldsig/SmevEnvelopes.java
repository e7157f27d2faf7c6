package ru.reglament.interagency.internal.xmldsig;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A SMEV 3 SendRequestRequest as an information system sends it, and the text round trips around it. */
final class SmevEnvelopes {

    static final String SIGNED_ID = "SIGNED_BY_CONSUMER";
    static final String TYPES = "urn://x-artefacts-smev-gov-ru/services/message-exchange/types/1.3";

    /** SOAP 1.1; the business request is an EGRUL extract request in a namespace of its own. */
    static final String SEND_REQUEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
              <soap:Header/>
              <soap:Body>
                <ns1:SendRequestRequest xmlns:ns1="urn://x-artefacts-smev-gov-ru/services/message-exchange/types/1.3">
                  <ns1:SenderProvidedRequestData Id="SIGNED_BY_CONSUMER">
                    <ns1:MessageID>2f2c2d8e-6b5c-11ef-9a3b-0242ac120002</ns1:MessageID>
                    <ns2:MessagePrimaryContent xmlns:ns2="urn://x-artefacts-smev-gov-ru/services/message-exchange/types/basic/1.3">
                      <egr:ExtractRequest xmlns:egr="urn://x-artefacts-reglament-ru/test/egrul-extract/1.0.0" requestId="7">
                        <egr:Inn>7707083893</egr:Inn>
                        <egr:Applicant>Иванов Иван Иванович</egr:Applicant>
                        <egr:Purpose>Заявление № 42 &amp; приложения</egr:Purpose>
                      </egr:ExtractRequest>
                    </ns2:MessagePrimaryContent>
                    <ns1:TestMessage/>
                  </ns1:SenderProvidedRequestData>
                  <ns1:CallerInformationSystemSignature/>
                </ns1:SendRequestRequest>
              </soap:Body>
            </soap:Envelope>
            """;

    private SmevEnvelopes() {
    }

    /** The envelope signed into its CallerInformationSystemSignature, serialized as it goes on the wire. */
    static String signed(SmevSigner signer) {
        Document document = parse(SEND_REQUEST);
        Element into = (Element) document.getElementsByTagNameNS(TYPES, "CallerInformationSystemSignature").item(0);
        signer.sign(document, SIGNED_ID, into);
        return serialize(document);
    }

    /** Parses the text afresh, as the receiving side would, and verifies its signature. */
    static X509Certificate verify(String envelope) {
        return SmevSignatureVerifier.verify(signatureIn(parse(envelope)));
    }

    static Element signatureIn(Document document) {
        return (Element) document.getElementsByTagNameNS(XmlDsig.NAMESPACE, "Signature").item(0);
    }

    /** The plain JDK parser, as a receiving system would use it. */
    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("Test XML does not parse", e);
        }
    }

    static String serialize(Node node) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter text = new StringWriter();
            transformer.transform(new DOMSource(node), new StreamResult(text));
            return text.toString();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot serialize test XML", e);
        }
    }
}
