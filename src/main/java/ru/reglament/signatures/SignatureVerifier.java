package ru.reglament.signatures;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import ru.reglament.shared.BouncyCastle;
import ru.reglament.signatures.internal.CertificateChains;
import ru.reglament.signatures.internal.CertificateDetails;
import ru.reglament.signatures.internal.Rejections;
import ru.reglament.signatures.internal.SignedCms;

/**
 * Verifies a qualified electronic signature (УКЭП): a detached CAdES-BES over a document, e.g. the
 * PDF of a decision. GOST R 34.10-2012 (256 and 512), RSA and ECDSA. Revocation (CRL, OCSP) is not
 * checked.
 */
@Service
public class SignatureVerifier {

    private static final Logger log = LoggerFactory.getLogger(SignatureVerifier.class);

    // Signers' computers keep their own time; a few minutes ahead is a clock, not a forgery.
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final List<X509Certificate> trusted;
    private final boolean acceptSelfSigned;
    private final boolean testKey;
    private final TestCertificateAuthority testAuthority;
    private final Clock clock;

    /** Production trust only, or any self-signed certificate when the properties say so. */
    public SignatureVerifier(SignatureProperties properties) {
        this(properties, null, Clock.systemUTC());
    }

    /** {@code testAuthority} may be null; it counts only when self-signed certificates are accepted. */
    @Autowired
    public SignatureVerifier(SignatureProperties properties, TestCertificateAuthority testAuthority, Clock clock) {
        BouncyCastle.provider();
        this.trusted = Certificates.read(properties.trustedCertificates());
        this.acceptSelfSigned = properties.acceptSelfSigned();
        this.testKey = properties.testKey();
        this.testAuthority = testAuthority;
        this.clock = Objects.requireNonNull(clock);
        log.info("Signature verification trusts {} certificate(s) from {}{}", trusted.size(),
                properties.trustedCertificates(),
                acceptSelfSigned ? "; TEST CONTOUR: self-signed and test CA certificates accepted"
                        : testKey ? "; TEST CONTOUR: the built-in test CA's certificates accepted" : "");
    }

    /**
     * Verifies a base64 detached CMS, as the CryptoPro browser plug-in returns it (line breaks
     * allowed, and a PEM armour as {@code openssl cms -outform PEM} writes it).
     *
     * @throws SignatureRejectedException with rule {@code signature.format} for bad base64, or any
     *     rule of {@link #verify}
     */
    public VerifiedSignature verifyBase64(byte[] content, String base64Cms) {
        byte[] cms;
        try {
            String body = base64Cms == null ? "" : base64Cms.replaceAll("-----(BEGIN|END) [A-Z0-9 ]+-----", "");
            cms = Base64.getDecoder().decode(body.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw Rejections.badBase64(e);
        }
        return verify(content, cms);
    }

    /**
     * Verifies {@code detachedCms} (DER or BER SignedData) as a signature over exactly
     * {@code signedContent}.
     *
     * @throws SignatureRejectedException when anything is wrong; its rule says what
     */
    public VerifiedSignature verify(byte[] signedContent, byte[] detachedCms) {
        Objects.requireNonNull(signedContent, "signedContent");
        SignedCms cms = SignedCms.parse(signedContent, detachedCms);
        X509Certificate certificate = cms.signerCertificate();
        cms.checkAlgorithms();
        cms.verifySignature(certificate);
        cms.checkSigningCertificateAttribute(certificate);

        Instant now = clock.instant();
        Instant signingTime = cms.signingTime();
        if (signingTime != null && signingTime.isAfter(now.plus(CLOCK_SKEW))) {
            throw Rejections.signingTimeInFuture(signingTime);
        }
        // A CAdES-BES signing time is the signer's own claim; without a timestamp (CAdES-T) it is all we have.
        Instant at = signingTime != null ? signingTime : now;
        checkValidity(certificate, at);
        checkKeyUsage(certificate);
        boolean testSignature = checkTrust(certificate, cms.certificates(), at);
        return CertificateDetails.describe(certificate, signingTime, testSignature);
    }

    private static void checkValidity(X509Certificate certificate, Instant at) {
        if (at.isAfter(certificate.getNotAfter().toInstant())) {
            throw Rejections.expired(certificate.getNotAfter().toInstant(), at);
        }
        if (at.isBefore(certificate.getNotBefore().toInstant())) {
            throw Rejections.notYetValid(certificate.getNotBefore().toInstant(), at);
        }
    }

    /** A certificate that names its uses must name signing (digitalSignature or nonRepudiation). */
    private static void checkKeyUsage(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !usage[0] && !usage[1]) throw Rejections.notForSigning();
    }

    /** @return whether only the test contour's trust accepted the certificate */
    private boolean checkTrust(X509Certificate certificate, List<X509Certificate> carried, Instant at) {
        if (CertificateChains.chainsTo(certificate, trusted, carried, at)) return false;
        if (acceptSelfSigned) {
            // In the test contour any self-signed certificate is accepted anyway, so a self-signed
            // CA carried in the CMS may as well anchor the path: that lets every node verify what
            // another node's in-memory test CA issued.
            List<X509Certificate> testAnchors = new ArrayList<>();
            if (testAuthority != null) testAnchors.add(testAuthority.certificate());
            carried.stream().filter(CertificateChains::isSelfSigned).forEach(testAnchors::add);
            if (CertificateChains.isSelfSigned(certificate)) testAnchors.add(certificate);
            if (CertificateChains.chainsTo(certificate, testAnchors, carried, at)) return true;
        } else if (testKey && testAuthority != null
                && CertificateChains.chainsTo(certificate, List.of(testAuthority.certificate()), carried, at)) {
            return true;
        }
        log.info("Rejected a signature: certificate {} does not chain to a trusted certificate",
                CertificateDetails.thumbprint(certificate));
        throw Rejections.untrusted(CertificateDetails.issuerName(certificate));
    }
}
