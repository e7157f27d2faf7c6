package ru.reglament.access;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * An attempt to log in refused by {@link LoginThrottle} without looking at the credentials. It says
 * the same for an existing and a non-existing login. A {@link LockedException} because Spring
 * Security's provider manager passes account-state refusals straight to the caller instead of asking
 * the next authentication manager, which would see a plain "wrong password" and hide this one.
 */
public class LoginThrottledException extends LockedException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Слишком много неудачных попыток входа. Повторите попытку позже.");
        this.retryAfter = retryAfter;
    }

    /** How long until the next attempt may be made. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
