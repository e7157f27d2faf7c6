package ru.reglament.access.internal;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.CertificateRevokedException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import ru.reglament.shared.BouncyCastle;
import ru.reglament.shared.Snils;
import ru.reglament.signatures.Certificates;

/**
 * Whether a client certificate may be used to log in: within its dates, meant for client
 * authentication, issued (through what the client sent along) by one of the configured CAs, and, when
 * revocation lists are configured, listed as not revoked by a current list of its CA. The JDK's PKIX
 * path builder and validator do the work, with BouncyCastle verifying the signatures (GOST ones exist
 * only there). Each refusal says what is wrong for the person and why for the log.
 */
@Component
@ConditionalOnProperty(name = "reglament.access.certificates.enabled", havingValue = "true")
class ClientCertificates {

    private static final Logger log = LoggerFactory.getLogger(ClientCertificates.class);

    /** Russian qualified certificates carry the person's СНИЛС in the subject under this OID. */
    static final ASN1ObjectIdentifier SNILS = new ASN1ObjectIdentifier("1.2.643.100.3");
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String ANY_USAGE = "2.5.29.37.0";

    /** Why a certificate login is refused: the certificate's faults, then the person's (the login's to find). */
    enum Problem {
        NONE, UNREADABLE, EXPIRED, NOT_YET_VALID, NOT_FOR_LOGIN, UNTRUSTED, REVOKED, REVOCATION_UNKNOWN,
        UNKNOWN, DEACTIVATED
    }

    /** A certificate that does not let its holder in: the message is for the person, the reason for the log. */
    static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        private final Problem problem;
        private final String reason;

        Refused(Problem problem, String message, String reason) {
            super(message);
            this.problem = problem;
            this.reason = reason;
        }

        Problem problem() {
            return problem;
        }

        String reason() {
            return reason;
        }
    }

    private final List<X509Certificate> issuers;
    private final RevocationLists revocationLists;
    private final Clock clock;
    private final DateTimeFormatter dates;

    ClientCertificates(CertificateProperties properties, Clock clock, ZoneId zone) {
        this.clock = clock;
        this.dates = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(zone);
        List<X509Certificate> issuers = new ArrayList<>();
        for (Path path : properties.issuers()) {
            if (!Files.exists(path)) throw new IllegalStateException("No such file or folder: " + path.toAbsolutePath());
            issuers.addAll(Certificates.read(path));
        }
        if (issuers.isEmpty()) {
            throw new IllegalStateException("reglament.access.certificates.issuers holds no certificate: "
                    + properties.issuers());
        }
        this.issuers = List.copyOf(issuers);
        this.revocationLists = new RevocationLists(properties.crls(), clock);
        log.info("Client certificates of {} CA(s) let employees log in; revocation {}", issuers.size(),
                properties.crls().isEmpty() ? "not checked (no reglament.access.certificates.crls)"
                        : "checked against " + properties.crls());
    }

    /**
     * The client's certificate, first of {@code presented} (the rest: what the client sent along to
     * connect it to its CA), when it may be used to log in.
     */
    X509Certificate check(List<X509Certificate> presented) throws Refused {
        if (presented.isEmpty()) {
            throw new Refused(Problem.NONE, "Сертификат не предъявлен. Откройте Reglament заново и выберите "
                    + "сертификат, когда браузер предложит (если он не предлагает, перезапустите браузер), или войдите "
                    + "другим способом.", "no certificate presented");
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (X509Certificate certificate : presented) chain.add(reread(certificate));
        X509Certificate certificate = chain.get(0);
        Instant now = clock.instant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        Instant notBefore = certificate.getNotBefore().toInstant();
        if (now.isAfter(notAfter)) {
            throw new Refused(Problem.EXPIRED, "Срок действия сертификата истёк " + dates.format(notAfter)
                    + ". Получите новый сертификат в удостоверяющем центре.", "expired on " + notAfter);
        }
        if (now.isBefore(notBefore)) {
            throw new Refused(Problem.NOT_YET_VALID, "Сертификат ещё не действует: срок его действия начнётся "
                    + dates.format(notBefore) + ".", "valid from " + notBefore);
        }
        checkUsage(certificate);
        PKIXCertPathBuilderResult built = path(certificate, chain.subList(1, chain.size()), now);
        X509Certificate authority = built.getTrustAnchor().getTrustedCert();
        if (now.isAfter(authority.getNotAfter().toInstant()) || now.isBefore(authority.getNotBefore().toInstant())) {
            throw untrusted("the CA certificate " + authority.getSubjectX500Principal() + " is not valid now ("
                    + authority.getNotBefore().toInstant() + " – " + authority.getNotAfter().toInstant() + ")");
        }
        if (revocationLists.configured()) checkRevocation(built.getCertPath(), built.getTrustAnchor(), now);
        return certificate;
    }

    /**
     * The certificates a proxy's header carries: PEM, URL-escaped as nginx's {@code $ssl_client_escaped_cert}
     * sends it or not, or bare base64 DER.
     */
    static List<X509Certificate> fromHeader(String value) throws Refused {
        try {
            // A plus sign is base64's own, never an escaped space.
            String text = URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8).strip();
            byte[] bytes = text.startsWith("-----BEGIN") ? text.getBytes(StandardCharsets.US_ASCII)
                    : Base64.getMimeDecoder().decode(text);
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : Certificates.factory().generateCertificates(new ByteArrayInputStream(bytes))) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) throw new IllegalArgumentException("no certificate");
            return certificates;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new Refused(Problem.UNREADABLE, "Сертификат не распознан. Сообщите администратору платформы.",
                    "the proxy's certificate header is not a certificate: " + e.getMessage());
        }
    }

    /** The СНИЛС in the certificate's subject; null when there is none or it is not a valid one. */
    static Snils snils(X509Certificate certificate) {
        String value = attribute(certificate, SNILS);
        return value != null && Snils.isValid(value) ? Snils.of(value) : null;
    }

    /** Whom the certificate names: surname and given names where it has them, else its common name. */
    static String personName(X509Certificate certificate) {
        String surname = attribute(certificate, BCStyle.SURNAME);
        String given = attribute(certificate, BCStyle.GIVENNAME);
        if (surname != null && given != null) return surname + " " + given;
        String commonName = attribute(certificate, BCStyle.CN);
        return commonName != null ? commonName : certificate.getSubjectX500Principal().getName();
    }

    /**
     * Serial number and issuer's name, as the log names a certificate (not the whole issuer: that of a
     * self-made certificate is its subject, СНИЛС and all).
     */
    static String describe(X509Certificate certificate) {
        X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        String name = null;
        for (RDN rdn : issuer.getRDNs(BCStyle.CN)) {
            if (rdn.getFirst().getValue() instanceof ASN1String text) name = text.getString();
        }
        return "serial " + certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT) + " of «"
                + (name != null ? name : "?") + "»";
    }

    static String thumbprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkUsage(X509Certificate certificate) throws Refused {
        List<String> usages;
        try {
            usages = certificate.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            usages = List.of();
        }
        // No extended key usage: any use, as TLS takes it.
        if (usages != null && !usages.contains(CLIENT_AUTH) && !usages.contains(ANY_USAGE)) {
            throw new Refused(Problem.NOT_FOR_LOGIN, "Сертификат не предназначен для входа (аутентификации клиента). "
                    + "Выберите другой сертификат или войдите другим способом.", "extended key usage " + usages
                    + " has no client authentication");
        }
    }

    private PKIXCertPathBuilderResult path(X509Certificate certificate, List<X509Certificate> sentAlong, Instant now)
            throws Refused {
        try {
            return Certificates.path(certificate, issuers, sentAlong, now);
        } catch (GeneralSecurityException e) {
            throw untrusted("no path to a configured CA: " + e.getMessage());
        }
    }

    private void checkRevocation(CertPath path, TrustAnchor anchor, Instant now) throws Refused {
        try {
            CertPathValidator validator = CertPathValidator.getInstance("PKIX");
            PKIXParameters parameters = new PKIXParameters(Set.of(anchor));
            parameters.setDate(Date.from(now));
            parameters.setSigProvider(BouncyCastle.provider().getName());
            parameters.addCertStore(CertStore.getInstance("Collection",
                    new CollectionCertStoreParameters(revocationLists.current())));
            // The configured lists only: no OCSP, nothing fetched from the certificates' distribution points.
            PKIXRevocationChecker revocation = (PKIXRevocationChecker) validator.getRevocationChecker();
            revocation.setOptions(EnumSet.of(PKIXRevocationChecker.Option.PREFER_CRLS,
                    PKIXRevocationChecker.Option.NO_FALLBACK));
            parameters.setRevocationEnabled(true);
            parameters.addCertPathChecker(revocation);
            validator.validate(path, parameters);
        } catch (CertPathValidatorException e) {
            if (e.getReason() == BasicReason.REVOKED) {
                String when = e.getCause() instanceof CertificateRevokedException revoked
                        ? " " + dates.format(revoked.getRevocationDate().toInstant()) : "";
                throw new Refused(Problem.REVOKED, "Сертификат отозван удостоверяющим центром" + when
                        + ". Получите новый сертификат.", "revoked: " + e.getMessage());
            }
            if (e.getReason() == BasicReason.UNDETERMINED_REVOCATION_STATUS) {
                throw new Refused(Problem.REVOCATION_UNKNOWN, "Не удалось проверить, не отозван ли сертификат: нет "
                        + "действующего списка отозванных сертификатов его удостоверяющего центра. Сообщите "
                        + "администратору платформы.", "revocation status unknown (no current CRL of "
                        + path.getCertificates().stream()
                                .map(c -> ((X509Certificate) c).getIssuerX500Principal().getName()).distinct().toList()
                        + "): " + e.getMessage());
            }
            throw untrusted("path refused: " + e.getReason() + " " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PKIX validation is not available", e);
        }
    }

    private static Refused untrusted(String reason) {
        return new Refused(Problem.UNTRUSTED, "Сертификат выдан удостоверяющим центром, которому Reglament не доверяет "
                + "для входа. Войдите другим способом или обратитесь к администратору платформы.", reason);
    }

    /** As BouncyCastle reads it: TLS hands over the JDK's reading, which knows no GOST keys. */
    private static X509Certificate reread(X509Certificate certificate) throws Refused {
        try {
            return (X509Certificate) Certificates.factory()
                    .generateCertificate(new ByteArrayInputStream(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new Refused(Problem.UNREADABLE, "Сертификат не распознан.",
                    "not a readable certificate: " + e.getMessage());
        }
    }

    private static String attribute(X509Certificate certificate, ASN1ObjectIdentifier type) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        for (RDN rdn : name.getRDNs(type)) {
            for (AttributeTypeAndValue part : rdn.getTypesAndValues()) {
                if (part.getType().equals(type) && part.getValue() instanceof ASN1String text) {
                    return text.getString().strip();
                }
            }
        }
        return null;
    }
}
