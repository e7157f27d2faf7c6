package ru.reglament.interagency.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reglament.interagency.*}: where SMEV 3 is, whose keys sign, how the background work paces
 * itself, and whether the built-in simulator answers.
 *
 * @param enabled registration sends the configured requests (off: it moves on as if none were configured)
 * @param endpoint the SMEV 3 node's message exchange URL; empty: the built-in simulator of this node
 * @param testMessage marks every request as a test one ({@code TestMessage}), as SMEV's test environment wants
 * @param keys the ЭП-ОВ of each organisation by ОГРН, and {@code platform}: the key that signs polling
 *     and acknowledgements; where none is configured and {@code demoKeys} is on, the test CA issues one
 * @param senders threads sending requests on this node; {@code batch} requests per claim
 * @param pollers threads taking answers of each message type on this node
 * @param poll how often idle senders and pollers look again
 * @param sweep how often a node looks for requests past their due date and for rounds done but not
 *     concluded (an answer concludes its round at once; this catches what a crash left behind)
 * @param retry the first retry's wait after a transport error, doubled up to {@code maxRetry}
 * @param timeout of one exchange with SMEV
 */
@ConfigurationProperties("reglament.interagency")
record InteragencyProperties(Boolean enabled, String endpoint, boolean testMessage, Map<String, Key> keys,
        boolean demoKeys, Integer senders, Integer batch, Integer pollers, Duration poll, Duration sweep, Duration retry, Duration maxRetry,
        Duration timeout, Simulator simulator) {

    /** A key in PKCS#12 ({@code pkcs12}, {@code password}, optional {@code alias}) or PEM ({@code key} and {@code certificate}). */
    record Key(Path pkcs12, String password, String alias, Path key, Path certificate) {
    }

    /**
     * The built-in SMEV 3 simulator: on by default with the embedded demo, on its own server at
     * {@code port} of the loopback interface (0: any free port).
     */
    record Simulator(boolean enabled, int port) {
    }

    InteragencyProperties {
        if (enabled == null) enabled = true;
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        if (senders == null || senders < 1) senders = 2;
        if (batch == null || batch < 1) batch = 20;
        if (pollers == null || pollers < 1) pollers = 2;
        if (poll == null) poll = Duration.ofMillis(500);
        if (sweep == null) sweep = Duration.ofSeconds(30);
        if (retry == null) retry = Duration.ofSeconds(2);
        if (maxRetry == null) maxRetry = Duration.ofMinutes(10);
        if (timeout == null) timeout = Duration.ofSeconds(30);
        if (simulator == null) simulator = new Simulator(false, 0);
    }
}
