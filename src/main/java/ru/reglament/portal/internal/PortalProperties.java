package ru.reglament.portal.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reglament.portal.*}: the status feed to the portal and the built-in portal simulator.
 *
 * @param enabled actions write status updates for the portal (off: nothing is written or sent)
 * @param workers this node sends updates and takes the portal's answers ({@code false}: a web-only node)
 * @param env the routing code of {@code ElkOrderRequest}: {@code EPGU} in production, the test
 *     environment's code in SMEV's test contour
 * @param batch updates claimed at once by a sender
 * @param poll how often idle workers look again
 * @param retry the first retry's wait after a transport error, doubled up to {@code maxRetry}
 * @param lease how long a claimed batch is a sender's alone; a sender that died leaves it to others after this
 * @param confirmation how long an update SMEV took holds back the application's next one while the
 *     portal has not answered
 */
@ConfigurationProperties("reglament.portal")
record PortalProperties(Boolean enabled, Boolean workers, String env, Integer batch, Duration poll, Duration retry,
        Duration maxRetry, Duration lease, Duration confirmation, Simulator simulator) {

    /** The built-in portal behind the SMEV simulator, and its cabinet page: on with the demo. */
    record Simulator(boolean enabled) {
    }

    PortalProperties {
        if (enabled == null) enabled = true;
        if (workers == null) workers = true;
        if (env == null || env.isBlank()) env = "EPGU";
        if (batch == null || batch < 1) batch = 20;
        if (poll == null) poll = Duration.ofMillis(500);
        if (retry == null) retry = Duration.ofSeconds(2);
        if (maxRetry == null) maxRetry = Duration.ofMinutes(10);
        if (lease == null) lease = Duration.ofMinutes(5);
        if (confirmation == null) confirmation = Duration.ofHours(1);
        if (simulator == null) simulator = new Simulator(false);
    }
}
