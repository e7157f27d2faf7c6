package ru.reglament.access.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reglament.access.esia.*}: logging in through ЕСИА, as its OAuth 2.0 profile describes.
 *
 * @param enabled the login page offers «Войти через Госуслуги (ЕСИА)»
 * @param baseUrl ЕСИА's address (test: {@code https://esia-portal1.test.gosuslugi.ru}); empty: this
 *     node's own simulator at {@code /esia-simulator}, which must then be on
 * @param clientId the information system's mnemonic registered in ЕСИА
 * @param scope what is asked for: the person's name and СНИЛС, their organisations and access groups
 * @param key the information system's key and certificate registered in ЕСИА, which signs each
 *     request's {@code client_secret} (PKCS#12, or PEM {@code key} and {@code certificate})
 * @param demoKey where no key is configured, the test CA issues one (the test contour)
 * @param tokenCertificate ЕСИА's certificate (PEM) whose key signs its tokens; with the simulator,
 *     the simulator's own
 * @param timeout of each exchange with ЕСИА
 */
@ConfigurationProperties("reglament.access.esia")
record EsiaProperties(boolean enabled, String baseUrl, String clientId, String scope, Key key, boolean demoKey,
        Path tokenCertificate, Duration timeout, Simulator simulator) {

    record Key(Path pkcs12, String password, String alias, Path key, Path certificate) {
    }

    /**
     * The built-in ЕСИА: its login page lists the people of {@code access/esia-simulator.yaml}; its tokens
     * are signed {@code GOST3410_2012_256} as ЕСИА's are, or {@code RS256} as its older test contours'.
     */
    record Simulator(boolean enabled, String tokenAlgorithm) {

        Simulator {
            if (tokenAlgorithm == null || tokenAlgorithm.isBlank()) tokenAlgorithm = EsiaTokens.GOST_256.getName();
            if (!tokenAlgorithm.equals(EsiaTokens.GOST_256.getName()) && !tokenAlgorithm.equals("RS256")) {
                throw new IllegalArgumentException("reglament.access.esia.simulator.token-algorithm: "
                        + "GOST3410_2012_256 or RS256, not " + tokenAlgorithm);
            }
        }
    }

    static final String SIMULATOR_PATH = "/esia-simulator";

    EsiaProperties {
        if (clientId == null || clientId.isBlank()) clientId = "REGLAMENT";
        if (scope == null || scope.isBlank()) scope = "openid fullname snils usr_org";
        if (timeout == null) timeout = Duration.ofSeconds(20);
        if (simulator == null) simulator = new Simulator(false, null);
    }

    boolean usesSimulator() {
        return baseUrl == null || baseUrl.isBlank();
    }
}
