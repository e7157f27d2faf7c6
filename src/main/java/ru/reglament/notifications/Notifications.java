package ru.reglament.notifications;

import java.util.List;
import ru.reglament.access.Actor;

/**
 * The user's notifications: applications assigned or returned to them, and applications routed into
 * their organisations, as the process definitions' {@code notify} rules say. Written by listening to
 * the applications' events, so they appear a moment after the action commits.
 */
public interface Notifications {

    /** The badge counts up to this and then reads "99+". */
    int UNREAD_LIMIT = 99;

    /** How many notifications the user has not seen, up to {@link #UNREAD_LIMIT} + 1. */
    int unread(Actor actor);

    /** The newest notifications first; those beyond what the user had seen are marked unread. */
    List<Notification> latest(Actor actor, int limit);

    /** Everything up to {@code upTo} (the newest notification the user was shown) counts as read. */
    void markSeen(Actor actor, long upTo);
}
