package ru.reglament.interagency.internal.xmldsig;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import ru.reglament.shared.BouncyCastle;

/** Self-signed GOST R 34.10-2012 keys for the information system that signs SMEV messages. */
final class TestGostKeys {

    record Signer(PrivateKey key, X509Certificate certificate) {

        SmevSigner smevSigner() {
            return new SmevSigner(key, certificate);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestGostKeys() {
    }

    /** The curve CryptoPro CSP 5 and the accredited CAs issue 256-bit keys on. */
    static Signer gost256(String commonName) {
        return selfSigned(commonName, "Tc26-Gost-3410-12-256-paramSetA", "GOST3411-2012-256WITHECGOST3410-2012-256");
    }

    static Signer gost512(String commonName) {
        return selfSigned(commonName, "Tc26-Gost-3410-12-512-paramSetA", "GOST3411-2012-512WITHECGOST3410-2012-512");
    }

    private static Signer selfSigned(String commonName, String curve, String certificateSignature) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("ECGOST3410-2012", BouncyCastle.provider());
            generator.initialize(new ECGenParameterSpec(curve), RANDOM);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("C=RU, O=Reglament, CN=" + commonName);
            Instant now = Instant.now();
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BouncyCastle.provider())
                    .getCertificate(new JcaX509v3CertificateBuilder(name, new BigInteger(64, RANDOM).setBit(63),
                            Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))),
                            name, keys.getPublic())
                            .build(new JcaContentSignerBuilder(certificateSignature)
                                    .setProvider(BouncyCastle.provider()).build(keys.getPrivate())));
            return new Signer(keys.getPrivate(), certificate);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot make a test GOST key on " + curve, e);
        }
    }
}
