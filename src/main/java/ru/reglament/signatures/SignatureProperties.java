package ru.reglament.signatures;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Where trusted certificates live and whether the test contour's shortcuts are on.
 *
 * @param trustedCertificates folder with the trusted root and intermediate certificates
 *     (PEM or DER, {@code .pem .crt .cer .der}); a missing folder means no certificate is trusted
 * @param acceptSelfSigned test contour only: also accept self-signed signer certificates and
 *     certificates of {@link TestCertificateAuthority}; such signatures are marked as test ones
 * @param testKey test contour only: officials may sign in the workstation with a server-held key
 *     of the built-in {@link TestCertificateAuthority}, whose certificates are then accepted (and
 *     marked as test signatures) even where self-signed ones are not
 */
@ConfigurationProperties("reglament.signatures")
public record SignatureProperties(Path trustedCertificates, boolean acceptSelfSigned, boolean testKey) {

    @ConstructorBinding
    public SignatureProperties {
    }

    public SignatureProperties(Path trustedCertificates, boolean acceptSelfSigned) {
        this(trustedCertificates, acceptSelfSigned, false);
    }
}
