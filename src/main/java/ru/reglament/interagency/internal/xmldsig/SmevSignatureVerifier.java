package ru.reglament.interagency.internal.xmldsig;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.w3c.dom.Element;
import ru.reglament.shared.BouncyCastle;

/**
 * Verifies a {@code ds:Signature} made the SMEV 3 way (see {@link SmevSigner}): one reference to an
 * element of the same document by its {@code Id}, transformed by exclusive c14n and then
 * {@link SmevTransform}, GOST R 34.10-2012 with the certificate in KeyInfo. Whether that certificate
 * is trusted is the caller's question, and so is whether the referenced element is the one the caller
 * expects to be signed.
 */
public final class SmevSignatureVerifier {

    private static final List<String> TRANSFORMS = List.of(ExclusiveC14n.ALGORITHM, SmevTransform.ALGORITHM);

    private SmevSignatureVerifier() {
    }

    /**
     * @param signature the {@code ds:Signature} element, inside the document it signs a part of
     * @return the certificate from KeyInfo, whose key made the signature
     * @throws SmevSignatureException if anything does not check out
     */
    public static X509Certificate verify(Element signature) {
        if (!XmlDsig.NAMESPACE.equals(signature.getNamespaceURI()) || !"Signature".equals(signature.getLocalName())) {
            throw new SmevSignatureException("not a ds:Signature");
        }
        Element signedInfo = only(signature, "SignedInfo");
        String canonicalization = algorithm(only(signedInfo, "CanonicalizationMethod"));
        if (!ExclusiveC14n.ALGORITHM.equals(canonicalization)) {
            throw new SmevSignatureException("unknown canonicalization " + canonicalization);
        }
        String signatureMethod = algorithm(only(signedInfo, "SignatureMethod"));
        GostAlgorithm gost = GostAlgorithm.forSignatureMethod(signatureMethod)
                .orElseThrow(() -> new SmevSignatureException("unknown signature method " + signatureMethod));

        Element reference = only(signedInfo, "Reference");
        Element signed = referencedElement(reference);
        byte[] transformed = transformed(signed, reference);
        String digestMethod = algorithm(only(reference, "DigestMethod"));
        if (!gost.digestMethod.equals(digestMethod)) {
            throw new SmevSignatureException("unknown digest method " + digestMethod + " for " + signatureMethod);
        }
        SignerCertificate signer = certificate(signature);
        if (signer.algorithm() != gost) {
            throw new SmevSignatureException("certificate key does not fit " + signatureMethod);
        }
        if (!MessageDigest.isEqual(gost.digest(transformed), base64(only(reference, "DigestValue")))) {
            throw new SmevSignatureException("digest mismatch");
        }
        byte[] value = base64(only(signature, "SignatureValue"));
        if (value.length != gost.signatureLength || !gost.verifies(signer.key(), ExclusiveC14n.of(signedInfo), value)) {
            throw new SmevSignatureException("signature invalid");
        }
        return signer.certificate();
    }

    private static Element referencedElement(Element reference) {
        String uri = reference.getAttribute("URI");
        if (!uri.startsWith("#") || uri.length() == 1) {
            throw new SmevSignatureException("unsupported reference URI \"" + uri + '"');
        }
        List<Element> found = XmlDsig.elementsWithId(reference.getOwnerDocument(), uri.substring(1));
        if (found.isEmpty()) {
            throw new SmevSignatureException("reference not found");
        }
        if (found.size() > 1) {
            // Two elements with one Id: which one was signed is ambiguous, the classic wrapping attack.
            throw new SmevSignatureException("reference ambiguous");
        }
        return found.get(0);
    }

    /** Only SMEV's pair of transforms, in its order: anything else could make other bytes count as signed. */
    private static byte[] transformed(Element signed, Element reference) {
        List<String> listed = XmlDsig.children(reference, "Transforms").stream()
                .flatMap(transforms -> XmlDsig.children(transforms, "Transform").stream())
                .map(SmevSignatureVerifier::algorithm)
                .toList();
        Optional<String> unknown = listed.stream().filter(uri -> !TRANSFORMS.contains(uri)).findFirst();
        if (unknown.isPresent()) {
            throw new SmevSignatureException("unknown transform " + unknown.get());
        }
        if (!listed.equals(TRANSFORMS)) {
            throw new SmevSignatureException("transforms must be " + String.join(" then ", TRANSFORMS));
        }
        try {
            return SmevTransform.of(signed);
        } catch (IllegalArgumentException e) {
            throw new SmevSignatureException("signed element cannot be transformed", e);
        }
    }

    /** A certificate from KeyInfo, parsed, with its key ready for the verifying primitive (null algorithm: not GOST 2012). */
    private record SignerCertificate(X509Certificate certificate, GostAlgorithm algorithm, ECPublicKeyParameters key) {
    }

    /**
     * The certificates seen, by their base64 text: a node hears from a handful of systems, each
     * signing with one certificate for a year, and parsing one and preparing its key for the curve
     * costs more than the verification itself. Emptied when it grows past its bound.
     */
    private static final Map<String, SignerCertificate> SEEN = new ConcurrentHashMap<>();
    private static final int SEEN_AT_MOST = 1_000;

    private static SignerCertificate certificate(Element signature) {
        List<Element> certificates = XmlDsig.children(signature, "KeyInfo").stream()
                .flatMap(keyInfo -> XmlDsig.children(keyInfo, "X509Data").stream())
                .flatMap(x509Data -> XmlDsig.children(x509Data, "X509Certificate").stream())
                .toList();
        if (certificates.isEmpty()) {
            throw new SmevSignatureException("no certificate");
        }
        // Looked up as written: a sender writes its certificate the same way every time, so the line breaks
        // come out only when the certificate is new.
        String text = certificates.get(0).getTextContent();
        SignerCertificate known = SEEN.get(text);
        if (known != null) return known;
        SignerCertificate parsed = parse(text.replaceAll("\\s", ""));
        if (SEEN.size() >= SEEN_AT_MOST) SEEN.clear();
        SEEN.put(text, parsed);
        return parsed;
    }

    private static SignerCertificate parse(String base64) {
        try {
            // BouncyCastle's factory, so that the certificate's public key is a GOST key it can verify with.
            X509Certificate certificate = (X509Certificate) CertificateFactory
                    .getInstance("X.509", BouncyCastle.provider()).generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
            GostAlgorithm algorithm = GostAlgorithm.forKey(certificate.getPublicKey()).orElse(null);
            return new SignerCertificate(certificate, algorithm,
                    algorithm == null ? null : GostAlgorithm.verifyingParameters(certificate.getPublicKey()));
        } catch (CertificateException | IllegalArgumentException e) {
            throw new SmevSignatureException("malformed certificate", e);
        }
    }

    private static Element only(Element parent, String localName) {
        List<Element> children = XmlDsig.children(parent, localName);
        if (children.size() != 1) {
            throw new SmevSignatureException("expected one ds:" + localName + " in ds:" + parent.getLocalName()
                    + ", found " + children.size());
        }
        return children.get(0);
    }

    private static String algorithm(Element element) {
        return element.getAttribute("Algorithm");
    }

    /** Line breaks and indentation inside base64 are common and harmless; anything else is not. */
    private static byte[] base64(Element element) {
        try {
            return Base64.getDecoder().decode(element.getTextContent().replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new SmevSignatureException("malformed base64 in ds:" + element.getLocalName(), e);
        }
    }
}
