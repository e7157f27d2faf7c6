package ru.reglament.interagency.internal.xmldsig;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signatures that are well-formed but must not be accepted. */
class SmevSignatureVerifierTest {

    private static final TestGostKeys.Signer SYSTEM = TestGostKeys.gost256("ИС Reglament");
    private static String envelope;

    @BeforeAll
    static void sign() {
        envelope = SmevEnvelopes.signed(SYSTEM.smevSigner());
    }

    @Test
    void noCertificateInKeyInfo() {
        assertRejected(envelope.replaceAll("(?s)<ds:KeyInfo>.*</ds:KeyInfo>", ""), "no certificate");
    }

    @Test
    void aCertificateOfAnotherKey() {
        String other = SmevEnvelopes.signed(TestGostKeys.gost256("Чужая ИС").smevSigner());

        assertRejected(envelope.replace(certificateOf(envelope), certificateOf(other)), "signature invalid");
    }

    @Test
    void aTransformOtherThanSmevs() {
        String enveloped = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";

        assertRejected(envelope.replace(SmevTransform.ALGORITHM, enveloped), "unknown transform " + enveloped);
    }

    @Test
    void withoutTheSmevTransform() {
        assertRejected(envelope.replace("<ds:Transform Algorithm=\"" + SmevTransform.ALGORITHM + "\"/>", ""),
                "transforms must be http://www.w3.org/2001/10/xml-exc-c14n# then " + SmevTransform.ALGORITHM);
    }

    @Test
    void aReferenceToNothing() {
        assertRejected(envelope.replace("Id=\"SIGNED_BY_CONSUMER\"", "Id=\"SOMETHING_ELSE\""), "reference not found");
    }

    /** A second element with the signed Id: a verifier and its caller could look at different ones. */
    @Test
    void aReferenceToTwoElements() {
        assertRejected(envelope.replace("<soap:Header/>", "<soap:Header Id=\"SIGNED_BY_CONSUMER\"/>"),
                "reference ambiguous");
    }

    @Test
    void anUnknownSignatureMethod() {
        assertRejected(envelope.replace("gostr34102012-gostr34112012-256", "gostr34102001-gostr3411"),
                "unknown signature method urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34102001-gostr3411");
    }

    private static void assertRejected(String changedEnvelope, String reason) {
        assertThatThrownBy(() -> SmevEnvelopes.verify(changedEnvelope))
                .isInstanceOf(SmevSignatureException.class).hasMessage(reason);
    }

    private static String certificateOf(String signedEnvelope) {
        return signedEnvelope.replaceAll("(?s).*<ds:X509Certificate>([^<]+)</ds:X509Certificate>.*", "$1");
    }
}
