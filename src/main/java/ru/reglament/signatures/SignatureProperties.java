package ru.reglament.signatures;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where trusted certificates live and whether the test contour's shortcuts are on.
 *
 * @param trustedCertificates folder with the trusted root and intermediate certificates
 *     (PEM or DER, {@code .pem .crt .cer .der}); a missing folder means no certificate is trusted
 * @param acceptSelfSigned test contour only: also accept self-signed signer certificates and
 *     certificates of {@link TestCertificateAuthority}; such signatures are marked as test ones
 */
@ConfigurationProperties("reglament.signatures")
public record SignatureProperties(Path trustedCertificates, boolean acceptSelfSigned) {
}
