package ru.reglament.access.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import ru.reglament.access.Actor;
import ru.reglament.access.LoginThrottle;
import ru.reglament.access.LoginThrottledException;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.staff.Employee;
import ru.reglament.staff.Membership;
import ru.reglament.staff.Staff;

/**
 * A person the identity provider vouched for becomes an employee: created or updated at each login,
 * their roles those their access groups give (the provider is the source of truth for them). A person
 * whose groups give no role here, or whose organisations the directory does not know, is refused with
 * a message saying what is missing and whom to ask; so is a deactivated employee.
 */
@Component
class ExternalLogins {

    private static final Logger log = LoggerFactory.getLogger(ExternalLogins.class);

    /**
     * What the identity provider says of a person. {@code provider}: its name for the log and the refusal;
     * {@code snils} when it vouches for one (ЕСИА), else null.
     */
    record Identity(String provider, String login, String fullName, String snils, List<String> groups,
            List<String> organisations) {
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

    ExternalLogins(AccessGroups groups, Directory directory, Staff staff, LoginThrottle throttle) {
        this.groups = groups;
        this.directory = directory;
        this.staff = staff;
        this.throttle = throttle;
    }

    /**
     * The employee the person is, through the failed-login throttle as a password login goes (per
     * login and per {@code address}): a refusal counts as a failure, and a login too early after
     * failures is refused before anything is looked at.
     */
    Actor logIn(Identity identity, String address) {
        try {
            throttle.check(identity.login(), address);
        } catch (LoginThrottledException e) {
            throw new Refused(e.getMessage());
        }
        try {
            Actor actor = employee(identity);
            throttle.succeeded(identity.login(), address);
            return actor;
        } catch (Refused refused) {
            throttle.failed(identity.login(), address);
            throw refused;
        }
    }

    private Actor employee(Identity identity) {
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
        if (memberships.isEmpty()) {
            log.warn("{} login {} refused: no role (groups {}, organisations {}, unknown organisations {})",
                    identity.provider(), identity.login(), identity.groups(), identity.organisations(), unknownOrganisations);
            throw new Refused(unknownOrganisations.isEmpty()
                    ? "Вход выполнен как «" + identity.fullName() + "», но роли в Reglament у вас нет: вы не состоите ни в "
                            + "одной группе доступа платформы («Регистратор», «Специалист», «Должностное лицо», "
                            + "«Наблюдатель» …). Попросите администратора вашей организации добавить вас в нужную группу."
                    : "Вход выполнен как «" + identity.fullName() + "», но организации с ОГРН "
                            + String.join(", ", unknownOrganisations) + " нет в справочнике Reglament. "
                            + "Обратитесь к администратору платформы.");
        }
        long id = staff.save(identity.login(), identity.fullName(), existing.map(Employee::position).orElse(null), null,
                memberships);
        if (identity.snils() != null) {
            try {
                staff.setSnils(id, identity.snils());
            } catch (DataIntegrityViolationException e) {
                // One person, one employee: another login holds this СНИЛС already. Let the person in, say so in the log.
                log.warn("{} login {}: СНИЛС {} belongs to another employee already, not recorded", identity.provider(),
                        identity.login(), identity.snils());
            }
        }
        log.info("{} login {}: roles {}", identity.provider(), identity.login(), memberships);
        return new Actor(id, identity.login(), identity.fullName(), List.copyOf(memberships));
    }
}
