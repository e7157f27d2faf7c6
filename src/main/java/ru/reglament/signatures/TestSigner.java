package ru.reglament.signatures;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import ru.reglament.signatures.internal.CadesBes;

/**
 * A signer certificate of {@link TestCertificateAuthority} with its private key, held by the
 * server. Its signatures are accepted only in the test contour and marked as test ones.
 */
public final class TestSigner {

    private final X509Certificate certificate;
    private final PrivateKey privateKey;
    private final X509Certificate authority;
    private final Clock clock;

    TestSigner(X509Certificate certificate, PrivateKey privateKey, X509Certificate authority, Clock clock) {
        this.certificate = certificate;
        this.privateKey = privateKey;
        this.authority = authority;
        this.clock = clock;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The key itself, for what signs other than CAdES: an organisation's ЭП-ОВ signing SMEV messages. */
    public PrivateKey privateKey() {
        return privateKey;
    }

    /**
     * A detached CAdES-BES signature (DER) over {@code content}, with signing time and
     * signing-certificate-v2. The CA certificate travels inside the CMS, so that any node of the
     * test contour verifies it, also one that started with another in-memory test CA.
     */
    public byte[] signDetached(byte[] content) {
        return CadesBes.signDetached(content, privateKey, certificate, List.of(certificate, authority),
                clock.instant());
    }

    @Override
    public String toString() {
        return "TestSigner[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
