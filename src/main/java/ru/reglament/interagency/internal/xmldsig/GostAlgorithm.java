package ru.reglament.interagency.internal.xmldsig;

import java.math.BigInteger;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECGOST3410_2012Signer;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;
import ru.reglament.shared.crypto.GostCurves;
import ru.reglament.shared.crypto.Streebog;

/**
 * GOST R 34.10-2012 with GOST R 34.11-2012, by key size: the XMLDSig URIs (draft-smirnov-xmldsig,
 * registered at IANA), signed and verified with BouncyCastle's lightweight primitives, hashed with
 * {@link Streebog}. See {@link SmevSigner} for the byte encodings.
 */
enum GostAlgorithm {

    GOST_2012_256(
            "urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34102012-gostr34112012-256",
            "urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34112012-256",
            RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256, 64),
    GOST_2012_512(
            "urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34102012-gostr34112012-512",
            "urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34112012-512",
            RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512, 128);

    final String signatureMethod;
    final String digestMethod;
    private final ASN1ObjectIdentifier keyAlgorithm;
    /** s and r, each as long as the curve's order. */
    final int signatureLength;

    GostAlgorithm(String signatureMethod, String digestMethod, ASN1ObjectIdentifier keyAlgorithm, int signatureLength) {
        this.signatureMethod = signatureMethod;
        this.digestMethod = digestMethod;
        this.keyAlgorithm = keyAlgorithm;
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

    /** BouncyCastle's GOST3411-2012 bytes, sooner: its own digest was some 15% of the pipeline's CPU. */
    byte[] digest(byte[] data) {
        return this == GOST_2012_256 ? Streebog.digest256(data) : Streebog.digest512(data);
    }

    /**
     * The key as BouncyCastle's lightweight signer takes it, on {@link GostCurves}' fast arithmetic, made
     * once per key by its holder: the JCA converts a key again on every use, and merely hashing a
     * BouncyCastle GOST private key costs 1-3 ms on this machine (it rebuilds the curve), more than the
     * signature itself.
     */
    static ECPrivateKeyParameters signingParameters(PrivateKey key) {
        try {
            return GostCurves.fast((ECPrivateKeyParameters) ECUtil.generatePrivateKeyParameter(key));
        } catch (InvalidKeyException | ClassCastException e) {
            throw new IllegalArgumentException("Not a GOST R 34.10-2012 private key: " + e.getMessage(), e);
        }
    }

    /** See {@link #signingParameters}; kept per certificate, the curve point's precomputed table comes along. */
    static ECPublicKeyParameters verifyingParameters(PublicKey key) {
        try {
            return GostCurves.fast((ECPublicKeyParameters) ECUtil.generatePublicKeyParameter(key));
        } catch (InvalidKeyException | ClassCastException e) {
            throw new IllegalArgumentException("Not a GOST R 34.10-2012 public key: " + e.getMessage(), e);
        }
    }

    /**
     * The signature value, s then r, each big-endian over {@link #signatureLength}/2 bytes: what
     * BouncyCastle's {@code ECGOST2012SignatureSpi} writes (the signer reverses the hash itself).
     */
    byte[] sign(ECPrivateKeyParameters key, byte[] data) {
        ECGOST3410_2012Signer signer = new ECGOST3410_2012Signer();
        signer.init(true, new ParametersWithRandom(key, RANDOM));
        BigInteger[] rs = signer.generateSignature(digest(data));
        int half = signatureLength / 2;
        byte[] value = new byte[signatureLength];
        unsigned(rs[1], value, 0, half);
        unsigned(rs[0], value, half, half);
        return value;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The magnitude of {@code number} right-aligned in {@code length} bytes at {@code offset}. */
    private static void unsigned(BigInteger number, byte[] into, int offset, int length) {
        byte[] bytes = number.toByteArray();
        int skip = bytes.length > length ? bytes.length - length : 0;
        System.arraycopy(bytes, skip, into, offset + length - (bytes.length - skip), bytes.length - skip);
    }

    /** Reads {@code signatureValue} as {@link #sign} writes it. */
    boolean verifies(ECPublicKeyParameters key, byte[] data, byte[] signatureValue) {
        int half = signatureLength / 2;
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signatureValue, 0, half));
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signatureValue, half, signatureLength));
        ECGOST3410_2012Signer signer = new ECGOST3410_2012Signer();
        signer.init(false, key);
        try {
            return signer.verifySignature(digest(data), r, s);
        } catch (ArithmeticException e) {
            return false;
        }
    }
}
