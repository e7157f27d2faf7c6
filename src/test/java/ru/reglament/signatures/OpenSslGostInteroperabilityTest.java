package ru.reglament.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.reglament.support.OpenSsl;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signatures made by an independent GOST implementation, OpenSSL's GOST engine (Debian package
 * {@code libengine-gost-openssl}), and the other way round. Like CryptoPro, the engine writes the
 * public-key OID where the SignerInfo's signature algorithm goes.
 */
class OpenSslGostInteroperabilityTest {

    private static final String PACKAGES = "apt-get install -y openssl libengine-gost-openssl";
    private static final byte[] DECISION = "%PDF-1.7 Решение об отказе № 7".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private static Boolean opensslPresent;
    private static Boolean gostEnginePresent;

    // Per test rather than @BeforeAll, so that the report lists each test as skipped with the reason.
    @BeforeEach
    void requireGostEngine() {
        if (opensslPresent == null) opensslPresent = succeeds("openssl", "version");
        assumeTrue(opensslPresent, "openssl is not installed; CI needs: " + PACKAGES);
        // "-engine gost" on each command loads the engine without touching openssl.cnf.
        if (gostEnginePresent == null) gostEnginePresent = succeeds("openssl", "engine", "-t", "gost");
        assumeTrue(gostEnginePresent,
                "OpenSSL GOST engine is not installed (Debian package libengine-gost-openssl); CI needs: " + PACKAGES);
    }

    @Test
    void verifiesGost256SignatureMadeByOpenSsl() throws Exception {
        Path certificate = openSslSelfSignedSignature("gost2012_256", "md_gost12_256");
        Path trusted = Files.createDirectories(dir.resolve("trusted"));
        Files.copy(certificate, trusted.resolve("openssl-signer.pem"));

        VerifiedSignature signature = new SignatureVerifier(new SignatureProperties(trusted, false))
                .verify(DECISION, Files.readAllBytes(dir.resolve("signature.der")));

        assertThat(signature.signerName()).isEqualTo("Тестова Анна Сергеевна");
        assertThat(signature.issuerName()).isEqualTo("Тестова Анна Сергеевна");
        assertThat(signature.algorithm()).isEqualTo("ГОСТ Р 34.10-2012 (256 бит)");
        assertThat(signature.testSignature()).isFalse();
        assertThat(signature.signingTime()).isNotNull();
        // Independent answers for the details CryptoPro shows.
        assertThat(signature.thumbprint()).isEqualTo(openSsl("x509", "-engine", "gost", "-in", "signer.pem",
                "-noout", "-fingerprint", "-sha1").replaceAll("(?s).*Fingerprint=", "").replace(":", "").strip());
        assertThat(signature.certificateSerial()).isEqualTo(openSsl("x509", "-engine", "gost", "-in", "signer.pem",
                "-noout", "-serial").replaceAll("(?s).*serial=", "").strip());
    }

    @Test
    void verifiesGost512SignatureMadeByOpenSsl() throws Exception {
        openSslSelfSignedSignature("gost2012_512", "md_gost12_512");
        byte[] signature = Files.readAllBytes(dir.resolve("signature.der"));
        SignatureVerifier testContour = new SignatureVerifier(new SignatureProperties(dir.resolve("none"), true));

        VerifiedSignature verified = testContour.verify(DECISION, signature);

        assertThat(verified.algorithm()).isEqualTo("ГОСТ Р 34.10-2012 (512 бит)");
        assertThat(verified.testSignature()).isTrue();
        SignatureRejectedException rejection = catchThrowableOfType(SignatureRejectedException.class,
                () -> testContour.verify("другой документ".getBytes(StandardCharsets.UTF_8), signature));
        assertThat(rejection.rule()).isEqualTo("signature.content-mismatch");
    }

    @Test
    void openSslVerifiesTestCertificateAuthoritySignature() throws Exception {
        TestCertificateAuthority authority = new TestCertificateAuthority();
        TestSigner official = authority.issue("Иванов Иван Иванович", Duration.ofDays(1));
        Files.write(dir.resolve("decision.pdf"), DECISION);
        Files.write(dir.resolve("signature.der"), official.signDetached(DECISION));
        TestPki.writePem(dir.resolve("ca.pem"), authority.certificate());

        String output = openSsl("cms", "-verify", "-engine", "gost", "-binary", "-inform", "DER",
                "-in", "signature.der", "-content", "decision.pdf", "-CAfile", "ca.pem", "-purpose", "any",
                "-out", "verified.out");

        assertThat(output).contains("Verification successful");
        assertThat(new SignatureVerifier(new SignatureProperties(dir.resolve("none"), true), authority,
                Clock.systemUTC()).verify(DECISION, Files.readAllBytes(dir.resolve("signature.der"))).signerName())
                .isEqualTo("Иванов Иван Иванович");
    }

    /**
     * A self-signed certificate and a detached signature over {@link #DECISION}, the way a person
     * would make them with the engine. The subject comes from a UTF-8 config file rather than
     * {@code -subj}: a Cyrillic command-line argument does not survive a JVM running in the C locale.
     */
    private Path openSslSelfSignedSignature(String algorithm, String digest) throws IOException, InterruptedException {
        Files.write(dir.resolve("decision.pdf"), DECISION);
        Files.writeString(dir.resolve("req.cnf"), String.join("\n",
                "[req]",
                "prompt = no",
                "utf8 = yes",
                "string_mask = utf8only",
                "distinguished_name = dn",
                "x509_extensions = ext",
                "[dn]",
                "C = RU",
                "O = Администрация района",
                "SN = Тестова",
                "GN = Анна Сергеевна",
                "CN = Тестова Анна Сергеевна",
                "[ext]",
                "basicConstraints = critical, CA:true",
                "keyUsage = critical, digitalSignature, nonRepudiation, keyCertSign",
                "subjectKeyIdentifier = hash",
                ""), StandardCharsets.UTF_8);
        openSsl("genpkey", "-engine", "gost", "-algorithm", algorithm, "-pkeyopt", "paramset:A", "-out", "key.pem");
        openSsl("req", "-engine", "gost", "-new", "-x509", "-config", "req.cnf", "-key", "key.pem", "-days", "30",
                "-" + digest, "-out", "signer.pem");
        // cms -sign is detached unless -nodetach is given; -binary keeps the PDF bytes as they are.
        openSsl("cms", "-sign", "-engine", "gost", "-binary", "-in", "decision.pdf", "-signer", "signer.pem",
                "-inkey", "key.pem", "-md", digest, "-outform", "DER", "-out", "signature.der");
        return dir.resolve("signer.pem");
    }

    private String openSsl(String... arguments) throws IOException, InterruptedException {
        return OpenSsl.run(dir, arguments);
    }

    private static boolean succeeds(String... command) {
        return OpenSsl.succeeds(command);
    }
}
