package ru.reglament.access;

/**
 * Slows down and then blocks password guessing, for every way of logging in (password today;
 * OIDC, ЕСИА and client certificates call it the same way). Failures are counted per login name
 * (case-normalised, whether or not such a login exists, so the answers do not tell which logins
 * exist) and per client address.
 *
 * <p>A caller asks {@link #check} before it verifies anything, then reports the outcome with
 * {@link #failed} or {@link #succeeded}. An attempt refused by {@code check} is not reported: its
 * credentials were never looked at.
 */
public interface LoginThrottle {

    /**
     * Refuses an attempt that comes too early after recent failures or while the login or the
     * address is blocked; the caller must then not verify the credentials.
     *
     * @param clientAddress the client's address, or null when unknown (then only the login counts)
     * @throws LoginThrottledException when the attempt is refused
     */
    void check(String login, String clientAddress);

    /** Counts a failed attempt against the login and the address. */
    void failed(String login, String clientAddress);

    /**
     * Forgets the login's failures. The address keeps its count: otherwise one valid account
     * would let a guesser at one address wipe that address's failures at will.
     */
    void succeeded(String login, String clientAddress);
}
