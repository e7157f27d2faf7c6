package ru.reglament.interagency.internal.xmldsig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.reglament.interagency.internal.xmldsig.SmevEnvelopes.SIGNED_ID;
import static ru.reglament.interagency.internal.xmldsig.SmevEnvelopes.TYPES;

import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SmevSignerTest {

    private static final TestGostKeys.Signer SYSTEM = TestGostKeys.gost256("ИС Reglament");
    private static final String SIGNED_BLOCK = "(?s)<ns1:SenderProvidedRequestData.*?</ns1:SenderProvidedRequestData>";

    @Test
    void signsTheBlockIntoCallerInformationSystemSignatureTheSmevWay() {
        Document document = SmevEnvelopes.parse(SmevEnvelopes.SEND_REQUEST);
        Element into = (Element) document.getElementsByTagNameNS(TYPES, "CallerInformationSystemSignature").item(0);

        Element signature = SYSTEM.smevSigner().sign(document, SIGNED_ID, into);

        assertThat(signature.getParentNode()).isSameAs(into);
        assertThat(signature.getPrefix()).isEqualTo("ds");
        Element signedInfo = only(signature, "SignedInfo");
        assertThat(algorithm(signedInfo, "CanonicalizationMethod")).isEqualTo("http://www.w3.org/2001/10/xml-exc-c14n#");
        assertThat(algorithm(signedInfo, "SignatureMethod"))
                .isEqualTo("urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34102012-gostr34112012-256");
        Element reference = only(signedInfo, "Reference");
        assertThat(reference.getAttribute("URI")).isEqualTo("#SIGNED_BY_CONSUMER");
        assertThat(XmlDsig.children(only(reference, "Transforms"), "Transform"))
                .extracting(transform -> transform.getAttribute("Algorithm"))
                .containsExactly("http://www.w3.org/2001/10/xml-exc-c14n#", "urn://smev-gov-ru/xmldsig/transform");
        assertThat(algorithm(reference, "DigestMethod"))
                .isEqualTo("urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34112012-256");
        assertThat(base64(only(reference, "DigestValue"))).hasSize(32);
        assertThat(base64(only(signature, "SignatureValue"))).hasSize(64);
        Element x509Data = only(only(signature, "KeyInfo"), "X509Data");
        assertThat(base64(only(x509Data, "X509Certificate"))).isEqualTo(encoded(SYSTEM));
    }

    @Test
    void signatureVerifiesAfterTheEnvelopeWasSerializedAndParsedAgain() {
        String envelope = SmevEnvelopes.signed(SYSTEM.smevSigner());

        assertThat(SmevEnvelopes.verify(envelope)).isEqualTo(SYSTEM.certificate());
    }

    @Test
    void changedBusinessContentIsADigestMismatch() {
        String envelope = SmevEnvelopes.signed(SYSTEM.smevSigner());
        String tampered = envelope.replace("<egr:Inn>7707083893<", "<egr:Inn>7707083894<");

        assertThat(tampered).isNotEqualTo(envelope);
        assertThatThrownBy(() -> SmevEnvelopes.verify(tampered))
                .isInstanceOf(SmevSignatureException.class).hasMessage("digest mismatch");
    }

    @Test
    void changedSignatureValueIsAnInvalidSignature() {
        String envelope = SmevEnvelopes.signed(SYSTEM.smevSigner());
        Matcher value = Pattern.compile("<ds:SignatureValue>([^<]+)</ds:SignatureValue>").matcher(envelope);
        assertThat(value.find()).isTrue();
        byte[] bytes = Base64.getDecoder().decode(value.group(1));
        bytes[40] ^= 0x01;
        String tampered = envelope.replace(value.group(1), Base64.getEncoder().encodeToString(bytes));

        assertThatThrownBy(() -> SmevEnvelopes.verify(tampered))
                .isInstanceOf(SmevSignatureException.class).hasMessage("signature invalid");
    }

    /** What the transform is for: intermediaries may re-indent the block and rename its prefixes. */
    @Test
    void signatureSurvivesReindentationAndOtherPrefixesInTheSignedBlock() {
        String envelope = SmevEnvelopes.signed(SYSTEM.smevSigner());
        String block = signedBlock(envelope);
        String reindented = block.replaceAll(">\\s*<", ">\n\t    <");
        String renamed = block
                .replace("egr:", "b:").replace("xmlns:egr=", "xmlns:b=")
                .replace("<ns2:MessagePrimaryContent xmlns:ns2=", "<MessagePrimaryContent xmlns=")
                .replace("</ns2:MessagePrimaryContent>", "</MessagePrimaryContent>");

        assertThat(List.of(reindented, renamed)).allSatisfy(changed -> {
            assertThat(changed).isNotEqualTo(block);
            assertThat(SmevEnvelopes.verify(envelope.replace(block, changed))).isEqualTo(SYSTEM.certificate());
        });
    }

    @Test
    void declaringTheBusinessNamespaceHigherUpStillVerifies() {
        String envelope = SmevEnvelopes.signed(SYSTEM.smevSigner());
        String moved = envelope
                .replace(" xmlns:egr=\"urn://x-artefacts-reglament-ru/test/egrul-extract/1.0.0\"", "")
                .replace("<soap:Envelope ", "<soap:Envelope xmlns:egr=\"urn://x-artefacts-reglament-ru/test/egrul-extract/1.0.0\" ");

        assertThat(moved).isNotEqualTo(envelope);
        assertThat(SmevEnvelopes.verify(moved)).isEqualTo(SYSTEM.certificate());
    }

    @Test
    void choosesThe512BitAlgorithmsForA512BitKey() {
        TestGostKeys.Signer system512 = TestGostKeys.gost512("ИС Reglament 512");
        String envelope = SmevEnvelopes.signed(system512.smevSigner());
        Element signature = SmevEnvelopes.signatureIn(SmevEnvelopes.parse(envelope));
        Element signedInfo = only(signature, "SignedInfo");

        assertThat(algorithm(signedInfo, "SignatureMethod"))
                .isEqualTo("urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34102012-gostr34112012-512");
        assertThat(algorithm(only(signedInfo, "Reference"), "DigestMethod"))
                .isEqualTo("urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34112012-512");
        assertThat(base64(only(signature, "SignatureValue"))).hasSize(128);
        assertThat(SmevSignatureVerifier.verify(signature)).isEqualTo(system512.certificate());
    }

    @Test
    void refusesAnIdThatIsMissingOrNotUnique() {
        Document document = SmevEnvelopes.parse(SmevEnvelopes.SEND_REQUEST);
        Element into = (Element) document.getElementsByTagNameNS(TYPES, "CallerInformationSystemSignature").item(0);
        SmevSigner signer = SYSTEM.smevSigner();

        assertThatThrownBy(() -> signer.sign(document, "NO_SUCH_ID", into)).isInstanceOf(IllegalArgumentException.class);
        into.setAttribute("Id", SIGNED_ID);
        assertThatThrownBy(() -> signer.sign(document, SIGNED_ID, into)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToPutTheSignatureInsideTheSignedBlock() {
        Document document = SmevEnvelopes.parse(SmevEnvelopes.SEND_REQUEST);
        Element inside = (Element) document.getElementsByTagNameNS(TYPES, "TestMessage").item(0);

        assertThatThrownBy(() -> SYSTEM.smevSigner().sign(document, SIGNED_ID, inside))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("detached");
    }

    private static String signedBlock(String envelope) {
        Matcher block = Pattern.compile(SIGNED_BLOCK).matcher(envelope);
        assertThat(block.find()).isTrue();
        return block.group();
    }

    private static Element only(Element parent, String localName) {
        List<Element> children = XmlDsig.children(parent, localName);
        assertThat(children).as("ds:%s in %s", localName, parent.getLocalName()).hasSize(1);
        return children.get(0);
    }

    private static String algorithm(Element parent, String localName) {
        return only(parent, localName).getAttribute("Algorithm");
    }

    private static byte[] base64(Element element) {
        return Base64.getDecoder().decode(element.getTextContent());
    }

    private static byte[] encoded(TestGostKeys.Signer signer) {
        try {
            return signer.certificate().getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
