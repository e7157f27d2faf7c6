package ru.reglament.interagency.internal.xmldsig;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.Signature;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECGOST3410_2012Signer;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;
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

    /**
     * The signature value, s then r, each big-endian over {@link #signatureLength}/2 bytes: what
     * BouncyCastle's {@code ECGOST2012SignatureSpi} writes. Signed with the lightweight signer on key
     * parameters kept per key: through the JCA every signature converted the key again, and with it
     * rebuilt the curve generator's precomputed table (3 ms a signature instead of 0.4 on this machine).
     */
    byte[] sign(PrivateKey key, byte[] data) {
        ECPrivateKeyParameters parameters = SIGNING_KEYS.computeIfAbsent(key, GostAlgorithm::parameters);
        ECGOST3410_2012Signer signer = new ECGOST3410_2012Signer();
        signer.init(true, new ParametersWithRandom(parameters, RANDOM));
        BigInteger[] rs = signer.generateSignature(digest(data));
        int half = signatureLength / 2;
        byte[] value = new byte[signatureLength];
        unsigned(rs[1], value, 0, half);
        unsigned(rs[0], value, half, half);
        return value;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<PrivateKey, ECPrivateKeyParameters> SIGNING_KEYS = new ConcurrentHashMap<>();

    private static ECPrivateKeyParameters parameters(PrivateKey key) {
        try {
            return (ECPrivateKeyParameters) ECUtil.generatePrivateKeyParameter(key);
        } catch (InvalidKeyException | ClassCastException e) {
            throw new IllegalArgumentException("Not a GOST R 34.10-2012 private key: " + e.getMessage(), e);
        }
    }

    /** The number's magnitude right-aligned in {@code length} bytes at {@code offset}. */
    private static void unsigned(BigInteger number, byte[] into, int offset, int length) {
        byte[] bytes = number.toByteArray();
        int skip = bytes.length > length ? bytes.length - length : 0;
        System.arraycopy(bytes, skip, into, offset + length - (bytes.length - skip), bytes.length - skip);
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
