package ru.reglament.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Only this module's beans, no application context: the wiring the real application relies on. */
class SignatureBeansTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SignatureProperties.class)
    @Import({SignatureVerifier.class, TestCertificateAuthority.class})
    static class SignatureBeans {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(SignatureBeans.class).withBean(Clock.class, Clock::systemUTC);

    @Test
    void testContourVerifierTrustsTheTestCertificateAuthorityBean() {
        context.withPropertyValues("reglament.signatures.trusted-certificates=target/no-such-folder",
                        "reglament.signatures.accept-self-signed=true")
                .run(beans -> {
                    TestSigner official = beans.getBean(TestCertificateAuthority.class)
                            .issue("Иванов Иван Иванович", Duration.ofMinutes(10));
                    byte[] decision = "решение".getBytes(StandardCharsets.UTF_8);

                    VerifiedSignature signature = beans.getBean(SignatureVerifier.class)
                            .verify(decision, official.signDetached(decision));

                    assertThat(signature.testSignature()).isTrue();
                    assertThat(beans.getBean(SignatureProperties.class).trustedCertificates())
                            .hasToString("target/no-such-folder");
                });
    }
}
