package ru.reglament.signatures;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.springframework.stereotype.Component;
import ru.reglament.signatures.internal.GostCertificates;

/**
 * «Тестовый УЦ Reglament»: an in-memory GOST R 34.10-2012 (256) certification authority, made anew
 * at each start. It issues test signer certificates, e.g. for an official who signs with a key
 * held by the server in the test contour. The bean always exists; {@link SignatureVerifier} trusts
 * it only when {@code reglament.signatures.accept-self-signed} is on.
 */
@Component
public class TestCertificateAuthority {

    public static final String NAME = "Тестовый УЦ Reglament";

    // Tolerates a signer's clock a little behind the server's.
    private static final Duration BACKDATING = Duration.ofMinutes(5);

    private final KeyPair keys;
    private final X509Certificate certificate;
    private final Clock clock;

    public TestCertificateAuthority() {
        this(Clock.systemUTC());
    }

    @org.springframework.beans.factory.annotation.Autowired
    public TestCertificateAuthority(Clock clock) {
        this.clock = clock;
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        this.keys = GostCertificates.generateKeyPair();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "RU")
                .addRDN(BCStyle.O, "Reglament")
                .addRDN(BCStyle.CN, NAME)
                .build();
        this.certificate = GostCertificates.selfSignedAuthority(
                name, keys, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)));
    }

    /** The CA's own certificate, e.g. for the test contour's download page. */
    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * A new key pair and a certificate for an organisation's information system (its ЭП-ОВ, which
     * signs SMEV messages): O and CN its name, and its ОГРН (OID 1.2.643.100.1) as qualified
     * certificates of legal entities carry it.
     */
    public TestSigner issueOrganisation(String title, String ogrn, Duration validity) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "RU")
                .addRDN(BCStyle.O, title)
                .addRDN(new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.643.100.1"), ogrn)
                .addRDN(BCStyle.CN, title)
                .build();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        KeyPair systemKeys = GostCertificates.generateKeyPair();
        X509Certificate systemCertificate = GostCertificates.signer(subject, systemKeys.getPublic(),
                certificate, keys.getPrivate(), now.minus(BACKDATING), now.plus(validity));
        return new TestSigner(systemCertificate, systemKeys.getPrivate(), certificate, clock);
    }

    /**
     * A new key pair and a certificate for {@code fullName} («Иванов Иван Иванович»): CN is the
     * full name, SN the first word and G the rest, as in qualified certificates of individuals.
     */
    public TestSigner issue(String fullName, Duration validity) {
        if (fullName == null || fullName.isBlank()) throw new IllegalArgumentException("fullName is blank");
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive: " + validity);
        }
        String[] words = fullName.strip().split("\\s+");
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "RU")
                .addRDN(BCStyle.O, "Reglament");
        if (words.length > 1) {
            subject.addRDN(BCStyle.SURNAME, words[0])
                    .addRDN(BCStyle.GIVENNAME, String.join(" ", Arrays.copyOfRange(words, 1, words.length)));
        }
        subject.addRDN(BCStyle.CN, String.join(" ", words));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        KeyPair signerKeys = GostCertificates.generateKeyPair();
        X509Certificate signerCertificate = GostCertificates.signer(subject.build(), signerKeys.getPublic(),
                certificate, keys.getPrivate(), now.minus(BACKDATING), now.plus(validity));
        return new TestSigner(signerCertificate, signerKeys.getPrivate(), certificate, clock);
    }
}
