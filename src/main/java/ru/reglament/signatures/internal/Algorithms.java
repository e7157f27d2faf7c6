package ru.reglament.signatures.internal;

import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The algorithms we accept, as data. GOST R 34.10-2001 / 34.11-94 are left out on purpose: they
 * may not be used for qualified signatures since 2019. SHA-1 is left out as broken.
 */
public final class Algorithms {

    private Algorithms() {
    }

    public static final Set<ASN1ObjectIdentifier> DIGESTS = Set.of(
            RosstandartObjectIdentifiers.id_tc26_gost_3411_12_256,
            RosstandartObjectIdentifiers.id_tc26_gost_3411_12_512,
            NISTObjectIdentifiers.id_sha256,
            NISTObjectIdentifiers.id_sha384,
            NISTObjectIdentifiers.id_sha512);

    /**
     * Accepted SignerInfo signature algorithms. Key OIDs are listed next to the signature OIDs
     * because CryptoPro (and OpenSSL's GOST engine) put the public-key OID there, and older RSA and
     * ECDSA signers do the same with rsaEncryption and id-ecPublicKey.
     */
    public static final Set<ASN1ObjectIdentifier> SIGNATURES = Set.of(
            RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256,
            RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512,
            RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_256,
            RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_512,
            PKCSObjectIdentifiers.rsaEncryption,
            PKCSObjectIdentifiers.sha256WithRSAEncryption,
            PKCSObjectIdentifiers.sha384WithRSAEncryption,
            PKCSObjectIdentifiers.sha512WithRSAEncryption,
            X9ObjectIdentifiers.id_ecPublicKey,
            X9ObjectIdentifiers.ecdsa_with_SHA256,
            X9ObjectIdentifiers.ecdsa_with_SHA384,
            X9ObjectIdentifiers.ecdsa_with_SHA512);

    /** Names shown to people, by the certificate's public-key algorithm. */
    private static final Map<ASN1ObjectIdentifier, String> KEY_NAMES = Map.of(
            RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256, "ГОСТ Р 34.10-2012 (256 бит)",
            RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512, "ГОСТ Р 34.10-2012 (512 бит)",
            PKCSObjectIdentifiers.rsaEncryption, "RSA",
            X9ObjectIdentifiers.id_ecPublicKey, "ECDSA");

    public static String keyName(ASN1ObjectIdentifier keyAlgorithm) {
        return KEY_NAMES.getOrDefault(keyAlgorithm, keyAlgorithm.getId());
    }
}
