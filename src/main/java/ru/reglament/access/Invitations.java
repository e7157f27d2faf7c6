package ru.reglament.access;

import java.time.Instant;
import java.util.List;
import ru.reglament.staff.Role;

/**
 * Invitations to join an organisation (seed 003, «Пригласить сотрудника»): the organisation's
 * administrator names the person (e-mail, surname, name) and the roles; the person gets a link by
 * e-mail, good once and for {@code reglament.access.invitations.valid-for} (60 days), and joins by
 * logging in through the identity provider with a confirmed account in the invited name. The roles
 * are then granted here: they stay whatever the provider's groups say, until revoked.
 */
public interface Invitations {

    /** What the administrator fills in. {@code middleName} may be empty. */
    record InvitationForm(String email, String lastName, String firstName, String middleName, List<Role> roles) {
    }

    /** Where an invitation stands, as «Организация» shows it. */
    enum State {
        /** The mail is waiting to go (or to go again, after an error). */
        MAILING("ожидает отправки"),
        /** The mail has gone; the person has not joined yet. */
        SENT("отправлено"),
        /** No mail is configured: the administrator passed the link on. */
        HANDED("ссылка выдана администратору"),
        ACCEPTED("принято"),
        EXPIRED("истёк срок"),
        REVOKED("отозвано");

        private final String title;

        State(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    record Invitation(long id, int organisationId, String email, String fullName, List<Role> roles,
            String invitedBy, Instant createdAt, Instant expiresAt, State state, String mailError,
            String acceptedBy) {

        /** Still to be answered: may be revoked. */
        public boolean open() {
            return state == State.MAILING || state == State.SENT || state == State.HANDED;
        }
    }

    /**
     * The invitation made; {@code link} is given only when no mail is configured, for the administrator
     * to pass on (it is shown once: only its hash is kept).
     */
    record Invited(Invitation invitation, String link) {
    }

    /**
     * Invites the person; only an administrator of the organisation (or of the platform) may. Bad input
     * is refused naming the field, and nothing is made. {@code linkBase}: the platform's address as the
     * administrator reached it, used when {@code reglament.access.invitations.base-url} is not set.
     */
    Invited invite(int organisationId, InvitationForm form, String linkBase, Actor actor);

    /** The organisation's invitations, newest first. */
    List<Invitation> ofOrganisation(int organisationId, int limit);

    /** The link stops working; one answered already is left as it is. */
    void revoke(int organisationId, long invitationId, Actor actor);

    /** Whether invitations go by e-mail here (SMTP configured), or are handed over by the administrator. */
    boolean mailConfigured();
}
