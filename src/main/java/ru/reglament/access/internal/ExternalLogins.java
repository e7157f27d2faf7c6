package ru.reglament.access.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.reglament.access.Actor;
import ru.reglament.access.Invitations;
import ru.reglament.access.LoginThrottle;
import ru.reglament.access.LoginThrottledException;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.shared.Snils;
import ru.reglament.staff.Employee;
import ru.reglament.staff.Membership;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;

/**
 * A person the identity provider vouched for becomes an employee: created or updated at each login,
 * with the roles their access groups give (the provider is the source of truth for those) and the roles
 * granted here, by an administrator or by the invitation the person follows, which stay until revoked.
 * A person with no role either way, or whose organisations the directory does not know, is refused with
 * a message saying what is missing and whom to ask; so is a deactivated employee.
 */
@Component
class ExternalLogins {

    private static final Logger log = LoggerFactory.getLogger(ExternalLogins.class);

    /**
     * What the identity provider says of a person. {@code provider}: its name for the log and the refusal;
     * {@code snils} when it vouches for one (ЕСИА), else null; {@code confirmed}: the account's identity
     * was checked (ЕСИА's «подтверждённая учётная запись»), as joining by an invitation requires.
     */
    record Identity(String provider, String login, String fullName, String snils, List<String> groups,
            List<String> organisations, boolean confirmed) {
    }

    /** A login the platform cannot let in; the message is for the person. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final AccessGroups groups;
    private final Directory directory;
    private final Staff staff;
    private final LoginThrottle throttle;
    private final JdbcInvitations invitations;
    private final TransactionTemplate transactions;

    ExternalLogins(AccessGroups groups, Directory directory, Staff staff, LoginThrottle throttle,
            JdbcInvitations invitations, TransactionTemplate transactions) {
        this.groups = groups;
        this.directory = directory;
        this.staff = staff;
        this.throttle = throttle;
        this.invitations = invitations;
        this.transactions = transactions;
    }

    /**
     * The employee the person is, through the failed-login throttle as a password login goes (per
     * login and per {@code address}): a refusal counts as a failure, and a login too early after
     * failures is refused before anything is looked at. {@code invitation}: the secret of the invitation
     * link the person followed to get here, or null; its roles are granted with the login, or nothing is.
     */
    Actor logIn(Identity identity, String address, String invitation) {
        try {
            throttle.check(identity.login(), address);
        } catch (LoginThrottledException e) {
            throw new Refused(e.getMessage());
        }
        try {
            Actor actor = transactions.execute(status -> employee(identity, invitation));
            throttle.succeeded(identity.login(), address);
            return actor;
        } catch (Refused refused) {
            throttle.failed(identity.login(), address);
            throw refused;
        }
    }

    private Actor employee(Identity identity, String invitationToken) {
        Invitations.Invitation invitation = invitationToken == null ? null : invitations.claim(invitationToken, identity);
        AccessGroups.Reading reading = groups.read(identity.groups(), identity.organisations());
        if (!reading.unknown().isEmpty()) {
            log.info("{} login {}: groups with no role here: {}", identity.provider(), identity.login(), reading.unknown());
        }
        List<Membership> memberships = new ArrayList<>();
        List<String> unknownOrganisations = new ArrayList<>();
        for (AccessGroups.Grant grant : reading.grants()) {
            Optional<Organisation> organisation = directory.organisationByOgrn(grant.ogrn());
            if (organisation.isPresent()) memberships.add(new Membership(organisation.get().id(), grant.role()));
            else if (!unknownOrganisations.contains(grant.ogrn())) unknownOrganisations.add(grant.ogrn());
        }
        Optional<Employee> existing = staff.byLogin(identity.login());
        if (existing.isPresent() && !existing.get().active()) {
            log.warn("{} login {} refused: the employee is deactivated", identity.provider(), identity.login());
            throw new Refused("Учётная запись сотрудника «" + identity.fullName() + "» отключена в Reglament. "
                    + "Обратитесь к администратору вашей организации.");
        }
        long id = staff.save(identity.login(), identity.fullName(), existing.map(Employee::position).orElse(null), null,
                memberships);
        if (invitation != null) {
            for (Role role : invitation.roles()) staff.grant(id, invitation.organisationId(), role);
            invitations.accepted(invitation, id, identity.fullName());
        }
        // With the roles granted here (by an administrator, an invitation) that the provider's groups do not give.
        List<Membership> held = staff.employee(id).orElseThrow().memberships();
        if (held.isEmpty()) {
            log.warn("{} login {} refused: no role (groups {}, organisations {}, unknown organisations {})",
                    identity.provider(), identity.login(), identity.groups(), identity.organisations(), unknownOrganisations);
            // Thrown inside the login's transaction: the employee just written is not kept.
            throw new Refused(unknownOrganisations.isEmpty()
                    ? "Вход выполнен как «" + identity.fullName() + "», но роли в Reglament у вас нет: вы не состоите ни в "
                            + "одной группе доступа платформы («Регистратор», «Специалист», «Должностное лицо», "
                            + "«Наблюдатель» …). Попросите администратора вашей организации добавить вас в нужную группу."
                    : "Вход выполнен как «" + identity.fullName() + "», но организации с ОГРН "
                            + String.join(", ", unknownOrganisations) + " нет в справочнике Reglament. "
                            + "Обратитесь к администратору платформы.");
        }
        if (identity.snils() != null && Snils.isValid(identity.snils()) && !staff.setSnils(id, Snils.of(identity.snils()))) {
            // One person, one employee: another login holds this СНИЛС already. Let the person in, say so in the log.
            log.warn("{} login {}: СНИЛС {} belongs to another employee already, not recorded", identity.provider(),
                    identity.login(), identity.snils());
        }
        log.info("{} login {}: roles {}", identity.provider(), identity.login(), held);
        return new Actor(id, identity.login(), identity.fullName(), List.copyOf(held));
    }
}
