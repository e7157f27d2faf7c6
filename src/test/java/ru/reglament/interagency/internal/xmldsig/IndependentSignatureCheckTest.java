package ru.reglament.interagency.internal.xmldsig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.xml.security.Init;
import org.apache.xml.security.c14n.Canonicalizer;
import org.bouncycastle.crypto.digests.GOST3411_2012_256Digest;
import org.bouncycastle.crypto.signers.ECGOST3410_2012Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.reglament.support.OpenSsl;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks our signature without {@link SmevSignatureVerifier} or {@link SmevSigner}: from the envelope's
 * text, with the plain JDK parser, Santuario's canonicalizer, BouncyCastle's low-level GOST primitives
 * and the XMLDSig byte layout spelled out here (s then r, big-endian), so that a wrong encoding in
 * the signer cannot cancel out against the same mistake in the verifier. Then, where installed,
 * once more with OpenSSL's GOST engine, an implementation that shares no code with ours.
 */
class IndependentSignatureCheckTest {

    private static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    private static final String PACKAGES = "apt-get install -y openssl libengine-gost-openssl";

    private static String envelope;
    private static Document document;

    @TempDir
    Path dir;

    @BeforeAll
    static void signAndParse() throws Exception {
        Init.init();
        envelope = SmevEnvelopes.signed(TestGostKeys.gost256("ИС Reglament").smevSigner());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(envelope.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void digestValueIsGost2012HashOfTheTransformedBlock() throws Exception {
        byte[] hash = streebog256(transformedBlock());

        assertThat(Base64.getEncoder().encodeToString(hash)).isEqualTo(text("DigestValue"));
    }

    @Test
    void signatureValueIsSThenRBigEndianOverTheCanonicalSignedInfo() throws Exception {
        byte[] value = Base64.getDecoder().decode(text("SignatureValue"));
        assertThat(value).hasSize(64);
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(value, 0, 32));
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(value, 32, 64));
        ECGOST3410_2012Signer gost = new ECGOST3410_2012Signer();
        gost.init(false, PublicKeyFactory.createKey(certificate().getPublicKey().getEncoded()));

        // The raw hash goes in: the primitive reads it as a little-endian number, as GOST R 34.10 says.
        assertThat(gost.verifySignature(streebog256(canonical(signedInfo())), r, s)).isTrue();
        assertThat(gost.verifySignature(streebog256(canonical(signedInfo())), s, r)).as("r and s swapped").isFalse();
    }

    @Test
    void openSslGostEngineAgreesOnDigestAndSignature() throws Exception {
        assumeTrue(succeeds("openssl", "engine", "-t", "gost"),
                "OpenSSL GOST engine is not installed (Debian package libengine-gost-openssl); CI needs: " + PACKAGES);
        Files.write(dir.resolve("transformed.xml"), transformedBlock());
        Files.write(dir.resolve("signed-info.xml"), canonical(signedInfo()));
        Files.write(dir.resolve("signature.bin"), Base64.getDecoder().decode(text("SignatureValue")));
        Files.writeString(dir.resolve("certificate.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n");
        Files.writeString(dir.resolve("public.pem"),
                openSsl("x509", "-engine", "gost", "-in", "certificate.pem", "-pubkey", "-noout")
                        .replaceAll("(?s).*(-----BEGIN PUBLIC KEY-----.*-----END PUBLIC KEY-----).*", "$1\n"));

        openSsl("dgst", "-engine", "gost", "-md_gost12_256", "-binary", "-out", "digest.bin", "transformed.xml");
        String verification = openSsl("dgst", "-engine", "gost", "-md_gost12_256", "-verify", "public.pem",
                "-signature", "signature.bin", "signed-info.xml");

        assertThat(Base64.getEncoder().encodeToString(Files.readAllBytes(dir.resolve("digest.bin"))))
                .isEqualTo(text("DigestValue"));
        assertThat(verification).contains("Verified OK");
    }

    private static byte[] transformedBlock() throws Exception {
        return SmevTransform.apply(canonical(elementWithId(document.getDocumentElement(), "SIGNED_BY_CONSUMER")));
    }

    private static byte[] canonical(Node node) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS).canonicalizeSubtree(node, out);
        return out.toByteArray();
    }

    private static byte[] streebog256(byte[] data) {
        GOST3411_2012_256Digest digest = new GOST3411_2012_256Digest();
        digest.update(data, 0, data.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return hash;
    }

    private static Element signedInfo() {
        return (Element) document.getElementsByTagNameNS(DS, "SignedInfo").item(0);
    }

    private static String text(String dsElement) {
        return document.getElementsByTagNameNS(DS, dsElement).item(0).getTextContent().strip();
    }

    private static X509Certificate certificate() throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(text("X509Certificate"))));
    }

    private static Element elementWithId(Element element, String id) {
        if (id.equals(element.getAttribute("Id"))) {
            return element;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                Element found = elementWithId(childElement, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private String openSsl(String... arguments) throws IOException, InterruptedException {
        return OpenSsl.run(dir, arguments);
    }

    private static boolean succeeds(String... command) {
        return OpenSsl.succeeds(command);
    }
}
