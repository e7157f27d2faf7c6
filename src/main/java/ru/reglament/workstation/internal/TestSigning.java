package ru.reglament.workstation.internal;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import ru.reglament.access.Actor;
import ru.reglament.shared.ForbiddenException;
import ru.reglament.signatures.SignatureProperties;
import ru.reglament.signatures.TestCertificateAuthority;
import ru.reglament.signatures.TestSigner;

/**
 * Signing with a server-held test key, so the whole flow can be tried without CryptoPro: each
 * official gets a GOST certificate of the built-in test CA on first use. Only in the test contour
 * ({@code reglament.signatures.test-key=true}); the result is marked as a test signature.
 */
@Component
class TestSigning {

    private final TestCertificateAuthority authority;
    private final boolean enabled;
    private final Map<Long, TestSigner> signers = new ConcurrentHashMap<>();

    TestSigning(TestCertificateAuthority authority, SignatureProperties properties) {
        this.authority = authority;
        this.enabled = properties.testKey();
    }

    /** A detached CAdES-BES signature of {@code content} by the official's test certificate, in base64. */
    String sign(byte[] content, Actor actor) {
        if (!enabled) {
            throw new ForbiddenException("signature.test-key", "Подпись тестовым ключом доступна только в тестовом контуре");
        }
        TestSigner signer = signers.computeIfAbsent(actor.employeeId(),
                id -> authority.issue(actor.fullName(), Duration.ofDays(365)));
        return Base64.getEncoder().encodeToString(signer.signDetached(content));
    }
}
