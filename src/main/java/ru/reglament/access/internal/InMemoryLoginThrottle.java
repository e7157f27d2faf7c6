package ru.reglament.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import ru.reglament.access.LoginThrottle;
import ru.reglament.access.LoginThrottledException;

/**
 * {@link LoginThrottle} with the counts in this node's memory: each node of a cluster counts on its
 * own, so an attacker spread over N nodes gets N times the attempts, and a restart forgets the
 * counts. A cluster-wide count would need a shared store (e.g. a table or Redis).
 *
 * <p>After {@code free-failures} failures each further attempt must wait {@code first-delay},
 * doubling up to {@code max-delay}, after the last failure; an earlier attempt is refused at once
 * (no request thread sleeps). At {@code max-failures} the login or address is blocked for
 * {@code block-duration}; after it, or after {@code failure-window} without failures, the count
 * starts afresh.
 *
 * <p>Memory is bounded: at most {@code max-tracked} logins and as many addresses. A full table first
 * drops what has expired; if it is still full, new logins or addresses are not counted (those
 * already counted, and blocked ones, stay) rather than letting a flood of made-up logins push out
 * a real block. Only failures add entries, and each costs the attacker a password-hash check.
 */
@Component
class InMemoryLoginThrottle implements LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(InMemoryLoginThrottle.class);
    // Longer logins are counted by their beginning: a megabyte-long login must not sit in memory.
    private static final int MAX_KEY_LENGTH = 256;
    private static final Duration PURGE_INTERVAL = Duration.ofSeconds(10);

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final Counter logins;
    private final Counter addresses;

    @Autowired
    InMemoryLoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.logins = new Counter("login", properties.account());
        this.addresses = new Counter("address", properties.address());
    }

    @Override
    public void check(String login, String clientAddress) {
        Instant now = clock.instant();
        Duration wait = logins.wait(loginKey(login), now);
        if (clientAddress != null) {
            Duration addressWait = addresses.wait(key(clientAddress), now);
            if (addressWait.compareTo(wait) > 0) wait = addressWait;
        }
        if (!wait.isZero()) {
            log.debug("Login attempt of '{}' from {} refused for {}", printable(login), printable(clientAddress), wait);
            throw new LoginThrottledException(wait);
        }
    }

    @Override
    public void failed(String login, String clientAddress) {
        Instant now = clock.instant();
        logins.fail(loginKey(login), now, clientAddress);
        if (clientAddress != null) addresses.fail(key(clientAddress), now, clientAddress);
    }

    @Override
    public void succeeded(String login, String clientAddress) {
        logins.forget(loginKey(login), clock.instant());
    }

    private static String loginKey(String login) {
        return key(login == null ? "" : login.toLowerCase(Locale.ROOT));
    }

    private static String key(String value) {
        return value.length() > MAX_KEY_LENGTH ? value.substring(0, MAX_KEY_LENGTH) : value;
    }

    /** For the log: an attacker chooses the login, so no line breaks or control characters, and not too long. */
    static String printable(String value) {
        if (value == null) return "-";
        StringBuilder out = new StringBuilder(Math.min(value.length(), 64));
        for (int i = 0; i < value.length() && i < 64; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return value.length() > 64 ? out.append('…').toString() : out.toString();
    }

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    /** The failures of one kind of key: logins or addresses. */
    private final class Counter {

        private final String kind;
        private final LoginThrottleProperties.Limits limits;
        private final Map<String, Failures> byKey = new ConcurrentHashMap<>();
        private volatile Instant nextPurge = Instant.MIN;

        Counter(String kind, LoginThrottleProperties.Limits limits) {
            this.kind = kind;
            this.limits = limits;
        }

        /** Zero when an attempt may be made now. */
        Duration wait(String key, Instant now) {
            Failures failures = byKey.get(key);
            if (failures == null) return Duration.ZERO;
            if (expired(failures, now)) {
                drop(key, failures);
                return Duration.ZERO;
            }
            Instant allowedFrom = failures.blockedUntil() != null ? failures.blockedUntil()
                    : failures.count() > limits.freeFailures() ? failures.last().plus(delay(failures.count())) : now;
            return now.isBefore(allowedFrom) ? Duration.between(now, allowedFrom) : Duration.ZERO;
        }

        void fail(String key, Instant now, String clientAddress) {
            if (!byKey.containsKey(key) && byKey.size() >= properties.maxTracked() && !makeRoom(now)) return;
            boolean[] blocked = {false};
            byKey.compute(key, (k, failures) -> {
                if (failures != null && failures.blockedUntil() != null && !expired(failures, now)) {
                    // Attempts that passed the check before the block fail after it: already counted enough.
                    return failures;
                }
                if (failures != null && expired(failures, now)) {
                    logEnd(k, failures);
                    failures = null;
                }
                int count = failures == null ? 1 : failures.count() + 1;
                if (count < limits.maxFailures()) return new Failures(count, now, null);
                blocked[0] = true;
                return new Failures(count, now, now.plus(properties.blockDuration()));
            });
            if (blocked[0]) {
                log.warn("Too many failed logins: {} '{}' blocked until {} after {} failures (the last from {})",
                        kind, printable(key), now.plus(properties.blockDuration()), limits.maxFailures(),
                        printable(clientAddress));
            }
        }

        void forget(String key, Instant now) {
            Failures failures = byKey.remove(key);
            if (failures != null && failures.blockedUntil() != null && expired(failures, now)) logEnd(key, failures);
        }

        private Duration delay(int count) {
            int doublings = count - limits.freeFailures() - 1;
            if (doublings >= 30) return properties.maxDelay();
            Duration delay = properties.firstDelay().multipliedBy(1L << doublings);
            return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
        }

        private boolean expired(Failures failures, Instant now) {
            return failures.blockedUntil() != null ? !now.isBefore(failures.blockedUntil())
                    : !now.isBefore(failures.last().plus(properties.failureWindow()));
        }

        private void drop(String key, Failures failures) {
            if (byKey.remove(key, failures)) logEnd(key, failures);
        }

        private void logEnd(String key, Failures failures) {
            if (failures.blockedUntil() != null) {
                log.info("Login block of {} '{}' has ended (it was blocked until {})", kind, printable(key),
                        failures.blockedUntil());
            }
        }

        /** Drops expired entries, at most once per {@link #PURGE_INTERVAL}; true when there is room now. */
        private boolean makeRoom(Instant now) {
            if (now.isAfter(nextPurge)) {
                nextPurge = now.plus(PURGE_INTERVAL);
                byKey.forEach((key, failures) -> {
                    if (expired(failures, now)) drop(key, failures);
                });
                if (byKey.size() >= properties.maxTracked()) {
                    log.warn("Login throttle tracks {} {}s, its limit: new ones are not counted until some expire",
                            byKey.size(), kind);
                }
            }
            return byKey.size() < properties.maxTracked();
        }
    }
}
