package ru.reglament.interagency.internal.xmldsig;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.Signature;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * GOST R 34.10-2012 with GOST R 34.11-2012, by key size: the XMLDSig URIs (draft-smirnov-xmldsig,
 * registered at IANA) and BouncyCastle's names. See {@link SmevSigner} for the byte encodings.
 */
enum GostAlgorithm {

    GOST_2012_256(
            "urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34102012-gostr34112012-256",
            "urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34112012-256",
            RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256,
            "GOST3411-2012-256", "GOST3411-2012-256WITHECGOST3410-2012-256", 64),
    GOST_2012_512(
            "urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34102012-gostr34112012-512",
            "urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34112012-512",
            RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512,
            "GOST3411-2012-512", "GOST3411-2012-512WITHECGOST3410-2012-512", 128);

    final String signatureMethod;
    final String digestMethod;
    private final ASN1ObjectIdentifier keyAlgorithm;
    private final String digestName;
    private final String signatureName;
    /** s and r, each as long as the curve's order. */
    final int signatureLength;

    GostAlgorithm(String signatureMethod, String digestMethod, ASN1ObjectIdentifier keyAlgorithm,
            String digestName, String signatureName, int signatureLength) {
        this.signatureMethod = signatureMethod;
        this.digestMethod = digestMethod;
        this.keyAlgorithm = keyAlgorithm;
        this.digestName = digestName;
        this.signatureName = signatureName;
        this.signatureLength = signatureLength;
    }

    /** By the public key's algorithm identifier, as a certificate names it. */
    static Optional<GostAlgorithm> forKey(PublicKey key) {
        ASN1ObjectIdentifier algorithm = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getAlgorithm().getAlgorithm();
        return Arrays.stream(values()).filter(gost -> gost.keyAlgorithm.equals(algorithm)).findFirst();
    }

    static Optional<GostAlgorithm> forSignatureMethod(String uri) {
        return Arrays.stream(values()).filter(gost -> gost.signatureMethod.equals(uri)).findFirst();
    }

    byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance(digestName, bouncyCastle()).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BouncyCastle lacks " + digestName, e);
        }
    }

    byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(signatureName, bouncyCastle());
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + signatureName + ": " + e.getMessage(), e);
        }
    }

    boolean verifies(PublicKey key, byte[] data, byte[] signatureValue) {
        try {
            Signature signature = Signature.getInstance(signatureName, bouncyCastle());
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureValue);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The JVM's one BouncyCastle provider, registered on first use if no other module has done so. */
    static synchronized Provider bouncyCastle() {
        Provider provider = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (provider == null) {
            provider = new BouncyCastleProvider();
            Security.addProvider(provider);
        }
        return provider;
    }
}
