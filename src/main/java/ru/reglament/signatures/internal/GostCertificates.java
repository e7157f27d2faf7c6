package ru.reglament.signatures.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import ru.reglament.shared.BouncyCastle;

/** GOST R 34.10-2012 (256) keys and certificates for the test certification authority. */
public final class GostCertificates {

    /** The curve CryptoPro CSP 5 and the accredited CAs issue 256-bit keys on. */
    public static final String CURVE = "Tc26-Gost-3410-12-256-paramSetA";
    public static final String SIGNATURE_ALGORITHM = "GOST3411-2012-256WITHECGOST3410-2012-256";

    private static final SecureRandom RANDOM = new SecureRandom();

    private GostCertificates() {
    }

    public static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("ECGOST3410-2012", BouncyCastle.provider());
            generator.initialize(new ECGenParameterSpec(CURVE), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BouncyCastle cannot generate a GOST R 34.10-2012 key", e);
        }
    }

    public static X509Certificate selfSignedAuthority(X500Name name, KeyPair keys, Instant from, Instant to) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name, serial(), Date.from(from), Date.from(to), name, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            return sign(builder, keys.getPrivate());
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build the test CA certificate", e);
        }
    }

    public static X509Certificate signer(X500Name subject, PublicKey key, X509Certificate issuer,
            PrivateKey issuerKey, Instant from, Instant to) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuer, serial(), Date.from(from), Date.from(to), subject, key)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(issuer));
            return sign(builder, issuerKey);
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build a test signer certificate", e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().setProvider(BouncyCastle.provider())
                    .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM)
                            .setProvider(BouncyCastle.provider()).build(key)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** Positive, 128 bits of randomness: unique without a counter shared between nodes. */
    private static BigInteger serial() {
        return new BigInteger(128, RANDOM).setBit(127);
    }
}
