package ru.reglament.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import ru.reglament.access.Actor;
import ru.reglament.access.LoginThrottle;
import ru.reglament.staff.Employee;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;

/**
 * Login and password check for the test contour and API clients with HTTP Basic; with
 * {@code reglament.access.password-login=false} only technical clients (the portal) log in so. The slow hash
 * (bcrypt) is checked once; a successful check is remembered for a short time under a SHA-256 of
 * the credentials, so that a client sending Basic on every request is not limited to a few dozen
 * requests per second by design. Role changes reach a remembered login within the time-to-live.
 * When a remembered check expires, one request re-checks the hash and concurrent requests with the
 * same credentials wait for it instead of each spending the hash's CPU.
 *
 * <p>Every attempt first passes the {@link LoginThrottle}: a blocked or too early attempt is
 * refused before the remembered logins and the hash are looked at. An unknown login is checked
 * against a dummy hash, so it takes as long as a wrong password and gets the same answer.
 */
@Component
class CachingPasswordAuthentication implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;
    private static final String REFUSED = "Неверный логин или пароль";

    private record Remembered(Actor actor, Instant until) {
    }

    private final Staff staff;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final String dummyHash;
    private final Duration timeToLive;
    private final Clock clock;
    private final boolean peopleByPassword;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final Object[] checkLocks = new Object[64];

    CachingPasswordAuthentication(Staff staff, PasswordEncoder passwords, LoginThrottle throttle,
            @Value("${reglament.access.credentials-cache:PT60S}") Duration timeToLive, Clock clock,
            @Value("${reglament.access.password-login:true}") boolean peopleByPassword) {
        this.clock = clock;
        this.peopleByPassword = peopleByPassword;
        this.staff = staff;
        this.passwords = passwords;
        this.throttle = throttle;
        // The same encoder as real passwords, so the same algorithm and cost.
        this.dummyHash = passwords.encode("no such login " + System.nanoTime());
        this.timeToLive = timeToLive;
        for (int i = 0; i < checkLocks.length; i++) checkLocks[i] = new Object();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (authentication.getCredentials() == null) {
            // After a refusal Spring Security's provider manager asks its parent, the global manager,
            // which holds this same provider: the credentials erased below mark an attempt already
            // checked and counted, so it is neither counted twice nor hashed twice.
            throw new BadCredentialsException(REFUSED);
        }
        String login = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        throttle.check(login, address);
        String password = String.valueOf(authentication.getCredentials());
        String key = digest(login, password);
        Remembered hit = remembered.get(key);
        if (hit != null && hit.until().isAfter(clock.instant())) return SessionLogins.authentication(hit.actor());
        synchronized (checkLocks[Math.floorMod(key.hashCode(), checkLocks.length)]) {
            hit = remembered.get(key);
            if (hit != null && hit.until().isAfter(clock.instant())) return SessionLogins.authentication(hit.actor());
            Actor actor = check(key, login, password);
            if (actor == null) {
                throttle.failed(login, address);
                if (authentication instanceof CredentialsContainer container) container.eraseCredentials();
                throw new BadCredentialsException(REFUSED);
            }
            // Only a verified hash resets the count: a remembered login proves nothing new, and a
            // busy API client would otherwise wipe a guesser's count many times a second.
            throttle.succeeded(login, address);
            return SessionLogins.authentication(actor);
        }
    }

    /** The actor, or null when the login is unknown or the password wrong. */
    private Actor check(String key, String login, String password) {
        String hash = staff.passwordHash(login).orElse(null);
        boolean matches = passwords.matches(password, hash != null ? hash : dummyHash);
        if (hash == null || !matches) return null;
        Employee employee = staff.byLogin(login).orElse(null);
        if (employee == null) return null;
        // With local passwords off, people log in through the identity provider; technical clients keep theirs.
        if (!peopleByPassword && employee.memberships().stream().anyMatch(m -> m.role() != Role.PORTAL)) return null;
        Actor actor = new Actor(employee.id(), employee.login(), employee.fullName(), employee.memberships());
        if (remembered.size() >= MAX_ENTRIES) remembered.clear();
        remembered.put(key, new Remembered(actor, clock.instant().plus(timeToLive)));
        return actor;
    }

    /** Forgets every remembered login: after a password or role change. */
    void forgetAll() {
        remembered.clear();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String digest(String login, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(login.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
