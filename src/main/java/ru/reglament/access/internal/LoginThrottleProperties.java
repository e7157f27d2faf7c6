package ru.reglament.access.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of {@link InMemoryLoginThrottle} ({@code reglament.access.login-throttle.*}).
 *
 * @param account limits per login name
 * @param address limits per client address; looser, as an office's employees may share one NAT address
 * @param firstDelay the wait after the first failure beyond the free ones; it doubles with each further failure
 * @param maxDelay the longest wait between attempts before the block
 * @param blockDuration how long a login or address stays blocked after {@code max-failures}
 * @param failureWindow failures are forgotten after this long without a new one
 * @param maxTracked how many logins and, separately, addresses are tracked at most
 */
@ConfigurationProperties("reglament.access.login-throttle")
public record LoginThrottleProperties(Limits account, Limits address, Duration firstDelay, Duration maxDelay,
        Duration blockDuration, Duration failureWindow, int maxTracked) {

    /**
     * @param freeFailures failures allowed without any wait
     * @param maxFailures failures after which the login or address is blocked
     */
    public record Limits(int freeFailures, int maxFailures) {

        public Limits {
            if (freeFailures < 0 || maxFailures < 1 || maxFailures <= freeFailures) {
                throw new IllegalArgumentException("login-throttle needs 0 <= free-failures < max-failures, got "
                        + freeFailures + " and " + maxFailures);
            }
        }
    }

    public LoginThrottleProperties {
        if (account == null || address == null || firstDelay == null || maxDelay == null || blockDuration == null
                || failureWindow == null || maxTracked < 1) {
            throw new IllegalArgumentException("reglament.access.login-throttle is incomplete");
        }
    }
}
