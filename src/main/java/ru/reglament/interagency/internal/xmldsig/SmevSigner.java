package ru.reglament.interagency.internal.xmldsig;

import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Signs a block of an SMEV 3 message, e.g. {@code SenderProvidedRequestData Id="SIGNED_BY_CONSUMER"},
 * with an XMLDSig signature placed elsewhere in the same document, e.g. in
 * {@code CallerInformationSystemSignature}. The reference goes through exclusive c14n and then
 * {@link SmevTransform}. SignedInfo goes only through its CanonicalizationMethod, exclusive c14n: in
 * XMLDSig, transforms belong to a Reference and never apply to SignedInfo, and public SMEV 3 signers
 * (e.g. i-novus-llc/common-sign-gost) sign the plain exclusive c14n of SignedInfo.
 *
 * <p>Byte encodings, as CryptoPro JCP/CSP and SMEV produce them:
 * <ul>
 * <li>DigestValue: the GOST R 34.11-2012 hash bytes exactly as the hash function outputs them (the
 *     same bytes as a CMS messageDigest), base64, nothing reversed;
 * <li>SignatureValue: 64 bytes for 256-bit keys (128 for 512), {@code s} then {@code r}, each
 *     big-endian and zero-padded to the order's length, base64: the encoding RFC 4491 section 2.2.2
 *     and RFC 9215 give GOST signatures in certificates and CMS. GOST R 34.10 reads the hash as a
 *     little-endian number, but that happens inside the algorithm; nobody reverses bytes outside it.
 * </ul>
 * BouncyCastle's {@code GOST3411-2012-256WITHECGOST3410-2012-256} produces exactly that
 * ({@code ECGOST2012SignatureSpi256} writes s, then r; {@code ECGOST3410_2012Signer} reverses the hash
 * internally), so its output goes into SignatureValue as is. Sources: BouncyCastle's code (bcgit/bc-java);
 * i-novus-llc/common-sign-gost, which signs SMEV 3 requests with BouncyCastle's output unmodified;
 * CryptoPro CSP's {@code CryptSignHash} returns the reverse, little-endian, and wrappers such as
 * fwdaa/SCCAPI reverse it into this order; OpenSSL's GOST engine packs s then r.
 * {@code IndependentSignatureCheckTest} checks our signatures with BouncyCastle's bare primitive
 * against this layout and with the engine's {@code openssl dgst -verify}.
 *
 * <p>Make one per key and keep it: it converts the key for the signing primitive once.
 */
public final class SmevSigner {

    private final ECPrivateKeyParameters key;
    private final String certificate;
    private final GostAlgorithm algorithm;

    /**
     * @param key a GOST R 34.10-2012 private key BouncyCastle can use, 256- or 512-bit
     * @param certificate the key's certificate; its key size chooses the algorithm URIs
     */
    public SmevSigner(PrivateKey key, X509Certificate certificate) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(certificate, "certificate");
        this.key = GostAlgorithm.signingParameters(key);
        this.certificate = base64(encoded(certificate));
        this.algorithm = GostAlgorithm.forKey(certificate.getPublicKey()).orElseThrow(() ->
                new IllegalArgumentException("Not a GOST R 34.10-2012 certificate: " + certificate.getSubjectX500Principal()));
    }

    /**
     * Appends to {@code into} a {@code ds:Signature} over the element whose {@code Id} attribute is
     * {@code id}. The document may be parsed or built in memory: the signed block is transformed from
     * its elements' namespaces ({@link SmevTransform#of}), and the signature declares its own.
     *
     * @return the appended signature
     * @throws IllegalArgumentException if no element or several carry the id, or {@code into} lies
     *     inside the signed element or in another document
     */
    public Element sign(Document document, String id, Element into) {
        List<Element> candidates = XmlDsig.elementsWithId(document, id);
        if (candidates.size() != 1) {
            throw new IllegalArgumentException(candidates.size() + " elements have Id=\"" + id + "\"; exactly one must");
        }
        Element signed = candidates.get(0);
        if (into.getOwnerDocument() != document) {
            throw new IllegalArgumentException("The signature's parent belongs to another document");
        }
        if (XmlDsig.contains(signed, into)) {
            throw new IllegalArgumentException("SMEV signatures are detached: the signature cannot go inside Id=\"" + id + '"');
        }
        byte[] digest = algorithm.digest(SmevTransform.of(signed));

        Element signature = child(document, "Signature");
        // Canonicalization reads namespaces from xmlns attributes, and a DOM built by hand has none.
        signature.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + XmlDsig.PREFIX, XmlDsig.NAMESPACE);
        Element signedInfo = append(signature, "SignedInfo");
        append(signedInfo, "CanonicalizationMethod").setAttribute("Algorithm", ExclusiveC14n.ALGORITHM);
        append(signedInfo, "SignatureMethod").setAttribute("Algorithm", algorithm.signatureMethod);
        Element reference = append(signedInfo, "Reference");
        reference.setAttribute("URI", "#" + id);
        Element transforms = append(reference, "Transforms");
        append(transforms, "Transform").setAttribute("Algorithm", ExclusiveC14n.ALGORITHM);
        append(transforms, "Transform").setAttribute("Algorithm", SmevTransform.ALGORITHM);
        append(reference, "DigestMethod").setAttribute("Algorithm", algorithm.digestMethod);
        append(reference, "DigestValue").setTextContent(base64(digest));
        into.appendChild(signature);

        byte[] value = algorithm.sign(key, ExclusiveC14n.of(signedInfo));
        append(signature, "SignatureValue").setTextContent(base64(value));
        Element x509Data = append(append(signature, "KeyInfo"), "X509Data");
        append(x509Data, "X509Certificate").setTextContent(certificate);
        return signature;
    }

    private static Element child(Document document, String localName) {
        return document.createElementNS(XmlDsig.NAMESPACE, XmlDsig.PREFIX + ':' + localName);
    }

    private static Element append(Element parent, String localName) {
        return (Element) parent.appendChild(child(parent.getOwnerDocument(), localName));
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Cannot DER-encode the signer's certificate", e);
        }
    }
}
