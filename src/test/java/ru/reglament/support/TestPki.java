package ru.reglament.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Keys and certificates made in the test, the way a certification centre (УЦ) would make them: a GOST
 * root CA written to the folder the platform trusts, signer certificates it issues (GOST 256/512, RSA),
 * and detached CAdES-BES signatures over given bytes.
 */
public final class TestPki {

    public static final Path TRUSTED_FOLDER = Path.of("target", "test-trusted-certificates");
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    public enum Algorithm {
        GOST_256("ECGOST3410-2012", "Tc26-Gost-3410-12-256-paramSetA", "GOST3411-2012-256WITHECGOST3410-2012-256"),
        GOST_512("ECGOST3410-2012", "Tc26-Gost-3410-12-512-paramSetA", "GOST3411-2012-512WITHECGOST3410-2012-512"),
        RSA("RSA", null, "SHA256withRSA");

        final String keyAlgorithm;
        final String curve;
        final String signatureAlgorithm;

        Algorithm(String keyAlgorithm, String curve, String signatureAlgorithm) {
            this.keyAlgorithm = keyAlgorithm;
            this.curve = curve;
            this.signatureAlgorithm = signatureAlgorithm;
        }
    }

    public record Signer(X509Certificate certificate, PrivateKey key, Algorithm algorithm) {

        /** A detached CAdES-BES signature over the bytes, base64, as the CryptoPro plug-in returns it. */
        public String signDetached(byte[] content) {
            try {
                CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                        new JcaDigestCalculatorProviderBuilder().setProvider("BC").build())
                        .build(new JcaContentSignerBuilder(algorithm.signatureAlgorithm).setProvider("BC").build(key),
                                certificate));
                generator.addCertificates(new JcaCertStore(List.of(certificate)));
                return Base64.getEncoder().encodeToString(
                        generator.generate(new CMSProcessableByteArray(content), false).getEncoded());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final Signer ROOT;

    static {
        if (Security.getProvider("BC") == null) Security.addProvider(new BouncyCastleProvider());
        try {
            KeyPair pair = keyPair(Algorithm.GOST_256);
            X500Name name = new X500Name("CN=Тестовый УЦ сценарных тестов, O=Reglament, C=RU");
            X509Certificate root = certificate(name, name, pair, pair.getPrivate(), Algorithm.GOST_256,
                    Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(3650)), true);
            ROOT = new Signer(root, pair.getPrivate(), Algorithm.GOST_256);
            Files.createDirectories(TRUSTED_FOLDER);
            Files.writeString(TRUSTED_FOLDER.resolve("scenario-test-root.pem"), pem(root), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private TestPki() {
    }

    /** Makes sure the trusted root is written before the platform starts. */
    public static void init() {
        // the static initialiser does the work
    }

    /** A signer certificate issued by the trusted test root, valid now. */
    public static Signer trustedSigner(String fullName, Algorithm algorithm) {
        return issue(fullName, algorithm, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)),
                ROOT);
    }

    /** A certificate of the trusted root that expired yesterday. */
    public static Signer expiredSigner(String fullName) {
        return issue(fullName, Algorithm.GOST_256, Instant.now().minus(Duration.ofDays(400)),
                Instant.now().minus(Duration.ofDays(1)), ROOT);
    }

    /** A self-signed certificate nobody trusts. */
    public static Signer untrustedSigner(String fullName) {
        try {
            KeyPair pair = keyPair(Algorithm.GOST_256);
            X500Name name = new X500Name("CN=" + fullName + ", O=Неизвестный УЦ, C=RU");
            return new Signer(certificate(name, name, pair, pair.getPrivate(), Algorithm.GOST_256,
                    Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)), false),
                    pair.getPrivate(), Algorithm.GOST_256);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Signer issue(String fullName, Algorithm algorithm, Instant notBefore, Instant notAfter, Signer issuer) {
        try {
            KeyPair pair = keyPair(algorithm);
            X500Name subject = new X500Name("CN=" + fullName + ", O=Администрация, C=RU");
            X500Name issuerName = new org.bouncycastle.cert.jcajce.JcaX509CertificateHolder(issuer.certificate()).getSubject();
            return new Signer(certificate(issuerName, subject, pair, issuer.key(), issuer.algorithm(), notBefore, notAfter,
                    false), pair.getPrivate(), algorithm);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair(Algorithm algorithm) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.keyAlgorithm, "BC");
        if (algorithm.curve != null) {
            generator.initialize(new ECGenParameterSpec(algorithm.curve));
        } else {
            generator.initialize(new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4));
        }
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(X500Name issuer, X500Name subject, KeyPair pair, PrivateKey issuerKey,
            Algorithm issuerAlgorithm, Instant notBefore, Instant notAfter, boolean ca) throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject,
                pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, ca ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().setProvider("BC").getCertificate(builder.build(
                new JcaContentSignerBuilder(issuerAlgorithm.signatureAlgorithm).setProvider("BC").build(issuerKey)));
    }

    private static String pem(X509Certificate certificate) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
