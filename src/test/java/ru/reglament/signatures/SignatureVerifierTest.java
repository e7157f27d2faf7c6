package ru.reglament.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.reglament.signatures.TestPki.authority;
import static ru.reglament.signatures.TestPki.cms;
import static ru.reglament.signatures.TestPki.intermediate;
import static ru.reglament.signatures.TestPki.name;
import static ru.reglament.signatures.TestPki.now;
import static ru.reglament.signatures.TestPki.selfSigned;
import static ru.reglament.signatures.TestPki.signer;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNumericString;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.reglament.signatures.TestPki.KeyType;
import ru.reglament.signatures.TestPki.Party;

class SignatureVerifierTest {

    private static final byte[] DECISION = "%PDF-1.7 Решение о предоставлении услуги № 42".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    @Test
    void acceptsGost256SignatureChainingToTrustedCa() throws Exception {
        Party root = authority(KeyType.GOST_256, "Корневой УЦ");
        Party issuing = intermediate(root, "УЦ ФНС");
        Party official = signer(issuing, name("Петров Пётр Петрович"));
        TestPki.writePem(trustFolder().resolve("root.pem"), root.certificate());

        // Only the root is trusted; the intermediate comes from the CMS, as CryptoPro includes the chain.
        VerifiedSignature signature = verifier(false)
                .verify(DECISION, cms(official).withCertificates(issuing.certificate()).sign(DECISION));

        assertThat(signature.signerName()).isEqualTo("Петров Пётр Петрович");
        assertThat(signature.algorithm()).isEqualTo("ГОСТ Р 34.10-2012 (256 бит)");
        assertThat(signature.issuerName()).isEqualTo("УЦ ФНС");
        assertThat(signature.testSignature()).isFalse();
    }

    @Test
    void acceptsGost512SignatureChainingToTrustedCa() throws Exception {
        Party root = authority(KeyType.GOST_512, "Корневой УЦ 512");
        Party official = signer(root, name("Сидоров Сидор"));
        TestPki.writeDer(trustFolder().resolve("root.cer"), root.certificate());

        VerifiedSignature signature = verifier(false).verify(DECISION, cms(official).sign(DECISION));

        assertThat(signature.algorithm()).isEqualTo("ГОСТ Р 34.10-2012 (512 бит)");
        assertThat(signature.testSignature()).isFalse();
    }

    @Test
    void acceptsRsaSignatureChainingToTrustedCa() throws Exception {
        Party root = authority(KeyType.RSA, "RSA Root");
        Party official = signer(root, name("Official RSA"));
        TestPki.writePem(trustFolder().resolve("root.crt"), root.certificate());

        VerifiedSignature signature = verifier(false).verify(DECISION, cms(official).sign(DECISION));

        assertThat(signature.algorithm()).isEqualTo("RSA");
        assertThat(signature.signerName()).isEqualTo("Official RSA");
    }

    @Test
    void acceptsEcdsaSignatureChainingToTrustedCa() throws Exception {
        Party root = authority(KeyType.ECDSA, "EC Root");
        Party official = signer(root, name("Official EC"));
        TestPki.writeDer(trustFolder().resolve("ROOT.DER"), root.certificate());

        VerifiedSignature signature = verifier(false).verify(DECISION, cms(official).sign(DECISION));

        assertThat(signature.algorithm()).isEqualTo("ECDSA");
    }

    @Test
    void rejectsSignatureOverOtherBytes() throws Exception {
        Party root = trustedGostRoot();
        byte[] previousDraft = "%PDF-1.7 Решение, черновик 1".getBytes(StandardCharsets.UTF_8);
        byte[] signature = cms(signer(root, name("Петров Пётр"))).sign(previousDraft);

        SignatureRejectedException rejection = rejection(() -> verifier(false).verify(DECISION, signature));

        assertThat(rejection.rule()).isEqualTo("signature.content-mismatch");
        assertThat(rejection.getMessage()).isEqualTo("Подпись сделана не над текущим проектом решения");
    }

    @Test
    void rejectsTamperedSignature() throws Exception {
        Party root = trustedGostRoot();
        byte[] signature = cms(signer(root, name("Петров Пётр"))).sign(DECISION);

        SignatureRejectedException rejection =
                rejection(() -> verifier(false).verify(DECISION, TestPki.tamperSignature(signature)));

        assertThat(rejection.rule()).isEqualTo("signature.invalid");
        assertThat(rejection.getMessage()).startsWith("Подпись недействительна");
    }

    @Test
    void rejectsTamperedRsaAndEcdsaSignatures() throws Exception {
        for (KeyType type : List.of(KeyType.RSA, KeyType.ECDSA)) {
            Party root = authority(type, "Root " + type);
            TestPki.writePem(trustFolder().resolve(type + ".pem"), root.certificate());
            byte[] signature = TestPki.tamperSignature(cms(signer(root, name("Official"))).sign(DECISION));

            assertThat(rejection(() -> verifier(false).verify(DECISION, signature)).rule())
                    .as(type.name()).isEqualTo("signature.invalid");
        }
    }

    @Test
    void rejectsExpiredCertificate() throws Exception {
        Party root = trustedGostRoot();
        Instant notAfter = now().minus(Duration.ofDays(1));
        Party official = signer(root, name("Петров Пётр"), BigInteger.TEN, notAfter.minus(Duration.ofDays(365)),
                notAfter);

        SignatureRejectedException rejection =
                rejection(() -> verifier(false).verify(DECISION, cms(official).signingTime(now()).sign(DECISION)));

        assertThat(rejection.rule()).isEqualTo("certificate.expired");
        assertThat(rejection.getMessage()).startsWith("Срок действия сертификата подписи истёк");
    }

    @Test
    void acceptsSignatureMadeBeforeTheCertificateExpired() throws Exception {
        Party root = trustedGostRoot();
        Instant notAfter = now().minus(Duration.ofDays(1));
        Party official = signer(root, name("Петров Пётр"), BigInteger.TEN, notAfter.minus(Duration.ofDays(365)),
                notAfter);
        Instant signedAt = notAfter.minus(Duration.ofDays(10));

        VerifiedSignature signature =
                verifier(false).verify(DECISION, cms(official).signingTime(signedAt).sign(DECISION));

        assertThat(signature.signingTime()).isEqualTo(signedAt);
    }

    @Test
    void rejectsCertificateNotYetValidAtSigningTime() throws Exception {
        Party root = trustedGostRoot();
        Party official = signer(root, name("Петров Пётр"), BigInteger.TWO, now().minus(Duration.ofDays(1)),
                now().plus(Duration.ofDays(365)));

        SignatureRejectedException rejection = rejection(() -> verifier(false)
                .verify(DECISION, cms(official).signingTime(now().minus(Duration.ofDays(2))).sign(DECISION)));

        assertThat(rejection.rule()).isEqualTo("certificate.not-yet-valid");
    }

    @Test
    void rejectsSigningTimeInTheFuture() throws Exception {
        Party root = trustedGostRoot();
        byte[] signature = cms(signer(root, name("Петров Пётр"))).signingTime(now().plus(Duration.ofHours(3)))
                .sign(DECISION);

        assertThat(rejection(() -> verifier(false).verify(DECISION, signature)).rule())
                .isEqualTo("signature.signing-time-in-future");
    }

    @Test
    void checksValidityNowWhenTheSignatureHasNoSigningTime() throws Exception {
        Party root = trustedGostRoot();

        VerifiedSignature signature = verifier(false)
                .verify(DECISION, cms(signer(root, name("Петров Пётр"))).signingTime(null).sign(DECISION));

        assertThat(signature.signingTime()).isNull();
    }

    @Test
    void rejectsUntrustedCertificate() throws Exception {
        trustedGostRoot();
        Party stranger = authority(KeyType.GOST_256, "Неизвестный УЦ");
        byte[] signature = cms(signer(stranger, name("Петров Пётр"))).sign(DECISION);

        SignatureRejectedException rejection = rejection(() -> verifier(false).verify(DECISION, signature));

        assertThat(rejection.rule()).isEqualTo("certificate.untrusted");
        assertThat(rejection.getMessage()).contains("«Неизвестный УЦ»");
        // Carrying its own root in the CMS must not make a CA trusted.
        byte[] withRoot = cms(signer(stranger, name("Петров Пётр"))).withCertificates(stranger.certificate())
                .sign(DECISION);
        assertThat(rejection(() -> verifier(false).verify(DECISION, withRoot)).rule())
                .isEqualTo("certificate.untrusted");
    }

    @Test
    void trustsNothingWhenTheFolderIsMissing() {
        Party root = authority(KeyType.GOST_256, "Корневой УЦ");
        SignatureVerifier verifier = new SignatureVerifier(new SignatureProperties(temp.resolve("absent"), false));

        assertThat(rejection(() -> verifier.verify(DECISION, cms(signer(root, name("Петров"))).sign(DECISION))).rule())
                .isEqualTo("certificate.untrusted");
    }

    @Test
    void acceptsSelfSignedOnlyInTestContourAndMarksIt() {
        byte[] signature = cms(selfSigned(KeyType.GOST_256, name("Тестов Тест"))).sign(DECISION);

        assertThat(rejection(() -> verifier(false).verify(DECISION, signature)).rule())
                .isEqualTo("certificate.untrusted");
        VerifiedSignature accepted = verifier(true).verify(DECISION, signature);
        assertThat(accepted.testSignature()).isTrue();
        assertThat(accepted.signerName()).isEqualTo("Тестов Тест");
    }

    @Test
    void testCertificateAuthoritySignaturesAreAcceptedOnlyInTestContour() {
        TestCertificateAuthority authority = new TestCertificateAuthority();
        TestSigner official = authority.issue("Иванов Иван Иванович", Duration.ofDays(1));
        byte[] signature = official.signDetached(DECISION);

        VerifiedSignature accepted = new SignatureVerifier(properties(true), authority, Clock.systemUTC())
                .verify(DECISION, signature);
        assertThat(accepted.testSignature()).isTrue();
        assertThat(accepted.signerName()).isEqualTo("Иванов Иван Иванович");
        assertThat(accepted.issuerName()).isEqualTo("Тестовый УЦ Reglament");
        assertThat(accepted.algorithm()).isEqualTo("ГОСТ Р 34.10-2012 (256 бит)");
        assertThat(accepted.signingTime()).isNotNull();
        // Another node started its own test CA: the CA certificate carried in the CMS anchors the path.
        assertThat(verifier(true).verify(DECISION, signature).testSignature()).isTrue();

        assertThat(rejection(() -> new SignatureVerifier(properties(false), authority, Clock.systemUTC())
                .verify(DECISION, signature)).rule()).isEqualTo("certificate.untrusted");
        assertThat(rejection(() -> verifier(true).verify("другой документ".getBytes(StandardCharsets.UTF_8),
                signature)).rule()).isEqualTo("signature.content-mismatch");
    }

    @Test
    void acceptsCryptoProStyleSignerInfo() throws Exception {
        // Older ECDSA signers do the same with id-ecPublicKey.
        Map<KeyType, ASN1ObjectIdentifier> keyOids = Map.of(
                KeyType.GOST_256, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256,
                KeyType.GOST_512, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512,
                KeyType.ECDSA, X9ObjectIdentifiers.id_ecPublicKey);
        for (KeyType type : keyOids.keySet()) {
            Party root = authority(type, "Корневой УЦ " + type);
            TestPki.writePem(trustFolder().resolve(type + ".pem"), root.certificate());
            byte[] signature = cms(signer(root, name("Петров Пётр"))).cryptoProStyle().sign(DECISION);
            assertThat(TestPki.onlySignerInfo(signature).getDigestEncryptionAlgorithm().getAlgorithm())
                    .isEqualTo(keyOids.get(type));

            assertThat(verifier(false).verify(DECISION, signature).signerName()).isEqualTo("Петров Пётр");
            assertThat(rejection(() -> verifier(false).verify(DECISION, TestPki.tamperSignature(signature))).rule())
                    .isEqualTo("signature.invalid");
        }
    }

    @Test
    void extractsSignerDetails() throws Exception {
        Party root = authority(KeyType.GOST_256, "Тестовый корневой УЦ");
        TestPki.writePem(trustFolder().resolve("root.pem"), root.certificate());
        // An official's certificate: CN names the organisation, SN and G the person.
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "RU")
                .addRDN(BCStyle.L, "Москва")
                .addRDN(BCStyle.O, "Администрация \"Ромашка\"")
                .addRDN(BCStyle.T, "Начальник отдела")
                .addRDN(BCStyle.SURNAME, "Иванова")
                .addRDN(BCStyle.GIVENNAME, "Мария Петровна")
                .addRDN(BCStyle.CN, "Администрация \"Ромашка\"")
                .addRDN(new ASN1ObjectIdentifier("1.2.643.100.3"), new DERNumericString("12345678901"))
                .addRDN(new ASN1ObjectIdentifier("1.2.643.100.4"), new DERNumericString("7712345678"))
                .build();
        Instant notBefore = now().minus(Duration.ofDays(10));
        Instant notAfter = now().plus(Duration.ofDays(355));
        Party official = signer(root, subject, new BigInteger("0A1B2C3D4E5F", 16), notBefore, notAfter);
        Instant signedAt = now().minus(Duration.ofMinutes(3));

        VerifiedSignature signature =
                verifier(false).verify(DECISION, cms(official).signingTime(signedAt).sign(DECISION));

        assertThat(signature.signerName()).isEqualTo("Иванова Мария Петровна");
        assertThat(signature.subject()).isEqualTo("INNLE=7712345678, SNILS=12345678901, "
                + "CN=Администрация \\\"Ромашка\\\", G=Мария Петровна, SN=Иванова, T=Начальник отдела, "
                + "O=Администрация \\\"Ромашка\\\", L=Москва, C=RU");
        assertThat(signature.certificateSerial()).isEqualTo("0A1B2C3D4E5F");
        assertThat(signature.issuer()).isEqualTo("CN=Тестовый корневой УЦ, C=RU");
        assertThat(signature.issuerName()).isEqualTo("Тестовый корневой УЦ");
        assertThat(signature.notBefore()).isEqualTo(notBefore);
        assertThat(signature.notAfter()).isEqualTo(notAfter);
        assertThat(signature.thumbprint()).isEqualTo(HexFormat.of().withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-1").digest(official.certificate().getEncoded())));
        assertThat(signature.thumbprint()).matches("[0-9A-F]{40}");
        assertThat(signature.signingTime()).isEqualTo(signedAt);
        assertThat(signature.algorithm()).isEqualTo("ГОСТ Р 34.10-2012 (256 бит)");
        assertThat(signature.testSignature()).isFalse();
    }

    @Test
    void verifiesBase64AsThePluginSendsItAndRejectsBadBase64() throws Exception {
        Party root = trustedGostRoot();
        byte[] signature = cms(signer(root, name("Петров Пётр"))).sign(DECISION);
        String withLineBreaks = Base64.getMimeEncoder().encodeToString(signature);
        assertThat(withLineBreaks).contains("\r\n");

        assertThat(verifier(false).verifyBase64(DECISION, withLineBreaks).signerName()).isEqualTo("Петров Пётр");
        assertThat(rejection(() -> verifier(false).verifyBase64(DECISION, "это не base64!")).rule())
                .isEqualTo("signature.format");
        assertThat(rejection(() -> verifier(false).verifyBase64(DECISION, null)).rule())
                .isEqualTo("signature.format");
    }

    @Test
    void rejectsWhatIsNotASignature() {
        SignatureVerifier verifier = verifier(false);

        assertThat(rejection(() -> verifier.verify(DECISION, DECISION)).rule()).isEqualTo("signature.format");
        assertThat(rejection(() -> verifier.verify(DECISION, new byte[0])).rule()).isEqualTo("signature.format");
        assertThat(rejection(() -> verifier.verify(DECISION, new byte[] {0x30, 0x03, 0x06, 0x01, 0x00})).rule())
                .isEqualTo("signature.format");
    }

    @Test
    void rejectsMoreThanOneSigner() throws Exception {
        Party root = trustedGostRoot();
        byte[] signature = cms(signer(root, name("Первый"))).sign(DECISION, List.of(cms(signer(root, name("Второй")))));

        SignatureRejectedException rejection = rejection(() -> verifier(false).verify(DECISION, signature));

        assertThat(rejection.rule()).isEqualTo("signature.signer-count");
        assertThat(rejection.getMessage()).contains("(2)");
    }

    @Test
    void rejectsSigningCertificateAttributeNamingAnotherCertificate() throws Exception {
        Party root = trustedGostRoot();
        Party other = signer(root, name("Другой"));
        byte[] signature = cms(signer(root, name("Петров Пётр"))).signingCertificateAttribute(other.certificate())
                .sign(DECISION);

        assertThat(rejection(() -> verifier(false).verify(DECISION, signature)).rule())
                .isEqualTo("signature.certificate-mismatch");
    }

    @Test
    void acceptsSigningCertificateAttributeNamingTheSigner() throws Exception {
        Party root = trustedGostRoot();
        Party official = signer(root, name("Петров Пётр"));
        byte[] signature = cms(official).signingCertificateAttribute(official.certificate()).sign(DECISION);

        assertThat(verifier(false).verify(DECISION, signature).signerName()).isEqualTo("Петров Пётр");
    }

    @Test
    void failsStartUpOnAFileInTheTrustFolderThatIsNotACertificate() throws Exception {
        Files.createDirectories(trustFolder());
        Files.writeString(trustFolder().resolve("broken.pem"), "not a certificate");

        assertThatThrownBy(() -> verifier(false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken.pem");
    }

    private Party trustedGostRoot() throws Exception {
        Party root = authority(KeyType.GOST_256, "Корневой УЦ");
        TestPki.writePem(trustFolder().resolve("root.pem"), root.certificate());
        return root;
    }

    private Path trustFolder() {
        return temp.resolve("trusted");
    }

    private SignatureProperties properties(boolean acceptSelfSigned) {
        return new SignatureProperties(trustFolder(), acceptSelfSigned);
    }

    private SignatureVerifier verifier(boolean acceptSelfSigned) {
        return new SignatureVerifier(properties(acceptSelfSigned));
    }

    private static SignatureRejectedException rejection(Runnable verification) {
        SignatureRejectedException rejection = catchThrowableOfType(SignatureRejectedException.class,
                verification::run);
        assertThat(rejection).as("expected a SignatureRejectedException").isNotNull();
        return rejection;
    }
}
