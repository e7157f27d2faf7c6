package ru.reglament.signatures.internal;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import ru.reglament.shared.BouncyCastle;
import ru.reglament.signatures.Certificates;

/** Trust questions of signature checking, answered by {@link Certificates}' path building. */
public final class CertificateChains {

    private CertificateChains() {
    }

    /**
     * Whether {@code target} chains to one of {@code trusted} at the moment {@code at}, using
     * {@code intermediates} (the CMS's certificates) to fill the gaps. Revocation is not checked:
     * CRLs and OCSP of the accredited CAs are out of reach of this network and of this module.
     */
    public static boolean chainsTo(X509Certificate target, Collection<X509Certificate> trusted,
            Collection<X509Certificate> intermediates, Instant at) {
        // A certificate trusted as such (e.g. a self-signed one put in the folder) needs no path.
        if (trusted.contains(target)) return true;
        if (trusted.isEmpty()) return false;
        try {
            Certificates.path(target, trusted, intermediates, at);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Issued by itself and signed with its own key (not merely subject equal to issuer). */
    public static boolean isSelfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) return false;
        try {
            certificate.verify(certificate.getPublicKey(), BouncyCastle.provider());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
