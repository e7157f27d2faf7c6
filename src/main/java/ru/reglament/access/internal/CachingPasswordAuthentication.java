package ru.reglament.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import ru.reglament.access.Actor;
import ru.reglament.staff.Employee;
import ru.reglament.staff.Staff;

/**
 * Login and password check for the test contour and API clients with HTTP Basic. The slow hash
 * (bcrypt) is checked once; a successful check is remembered for a short time under a SHA-256 of
 * the credentials, so that a client sending Basic on every request is not limited to a few dozen
 * requests per second by design. Role changes reach a remembered login within the time-to-live.
 * When a remembered check expires, one request re-checks the hash and concurrent requests with the
 * same credentials wait for it instead of each spending the hash's CPU.
 */
@Component
class CachingPasswordAuthentication implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;

    private record Remembered(Actor actor, Instant until) {
    }

    private final Staff staff;
    private final PasswordEncoder passwords;
    private final Duration timeToLive;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final Object[] checkLocks = new Object[64];

    CachingPasswordAuthentication(Staff staff, PasswordEncoder passwords,
            @Value("${reglament.access.credentials-cache:PT60S}") Duration timeToLive) {
        this.staff = staff;
        this.passwords = passwords;
        this.timeToLive = timeToLive;
        for (int i = 0; i < checkLocks.length; i++) checkLocks[i] = new Object();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String key = digest(login, password);
        Remembered hit = remembered.get(key);
        if (hit != null && hit.until().isAfter(clock.instant())) return authenticated(hit.actor());
        synchronized (checkLocks[Math.floorMod(key.hashCode(), checkLocks.length)]) {
            hit = remembered.get(key);
            if (hit != null && hit.until().isAfter(clock.instant())) return authenticated(hit.actor());
            return authenticated(check(key, login, password));
        }
    }

    private Actor check(String key, String login, String password) {
        String hash = staff.passwordHash(login).orElseThrow(() -> new BadCredentialsException("Неверный логин или пароль"));
        if (!passwords.matches(password, hash)) throw new BadCredentialsException("Неверный логин или пароль");
        Employee employee = staff.byLogin(login).orElseThrow(() -> new BadCredentialsException("Неверный логин или пароль"));
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

    private static Authentication authenticated(Actor actor) {
        List<GrantedAuthority> authorities = actor.memberships().stream()
                .map(m -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + m.role().name()))
                .distinct().toList();
        return UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities);
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
