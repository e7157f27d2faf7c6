package ru.reglament.access.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.reglament.access.Actor;
import ru.reglament.access.OrganisationAdministration;
import ru.reglament.audit.AuditTrail;
import ru.reglament.shared.ForbiddenException;
import ru.reglament.shared.InvalidIdentifierException;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.shared.NotFoundException;
import ru.reglament.shared.Snils;
import ru.reglament.staff.Employee;
import ru.reglament.staff.Membership;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;

@Service
class StaffAdministration implements OrganisationAdministration {

    private static final Logger log = LoggerFactory.getLogger(StaffAdministration.class);

    /** Technical roles and the platform's own administrator are not an organisation's to give. */
    private static final Set<Role> NOT_GRANTABLE = EnumSet.of(Role.PORTAL, Role.SYSTEM, Role.PLATFORM_ADMIN);

    private final Staff staff;
    private final AuditTrail audit;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final CachingPasswordAuthentication passwords;

    StaffAdministration(Staff staff, AuditTrail audit, FindByIndexNameSessionRepository<? extends Session> sessions,
            CachingPasswordAuthentication passwords) {
        this.staff = staff;
        this.audit = audit;
        this.sessions = sessions;
        this.passwords = passwords;
    }

    @Override
    public List<Role> grantableRoles() {
        return EnumSet.complementOf(EnumSet.copyOf(NOT_GRANTABLE)).stream().toList();
    }

    @Override
    @Transactional
    public void grant(int organisationId, long employeeId, Role role, Actor actor) {
        Employee employee = administered(organisationId, employeeId, actor);
        if (NOT_GRANTABLE.contains(role)) {
            throw new InvalidInputException("role", "role.not-grantable", "Роль «" + role.title()
                    + "» не назначается администратором организации");
        }
        if (staff.grant(employeeId, organisationId, role)) {
            audited(actor, employee, organisationId, "grant " + role.name());
            // A login remembered with the old roles would hide the new one until it expired.
            passwords.forgetAll();
        }
    }

    @Override
    @Transactional
    public void revoke(int organisationId, long employeeId, Role role, Actor actor) {
        Employee employee = administered(organisationId, employeeId, actor);
        if (NOT_GRANTABLE.contains(role) && !actor.roles().contains(Role.PLATFORM_ADMIN)) {
            throw new InvalidInputException("role", "role.not-grantable", "Роль «" + role.title()
                    + "» снимает администратор платформы");
        }
        if (employeeId == actor.employeeId() && role == Role.ORG_ADMIN) {
            throw new InvalidInputException("role", "role.own-admin",
                    "Свою роль администратора организации снимает другой администратор");
        }
        if (staff.revoke(employeeId, organisationId, role)) {
            audited(actor, employee, organisationId, "revoke " + role.name());
            endSessions(employee);
        }
    }

    @Override
    @Transactional
    public void deactivate(int organisationId, long employeeId, Actor actor) {
        Employee employee = administered(organisationId, employeeId, actor);
        if (employeeId == actor.employeeId()) {
            throw new InvalidInputException("employee", "employee.self", "Себя отключить нельзя");
        }
        if (staff.setActive(employeeId, false)) {
            audited(actor, employee, organisationId, "deactivate");
            endSessions(employee);
        }
    }

    @Override
    @Transactional
    public void reactivate(int organisationId, long employeeId, Actor actor) {
        Employee employee = administered(organisationId, employeeId, actor);
        if (staff.setActive(employeeId, true)) audited(actor, employee, organisationId, "reactivate");
    }

    @Override
    @Transactional
    public void setSnils(int organisationId, long employeeId, String snils, Actor actor) {
        Employee employee = administered(organisationId, employeeId, actor);
        Snils parsed;
        try {
            parsed = snils == null || snils.isBlank() ? null : Snils.of(snils);
        } catch (InvalidIdentifierException e) {
            throw new InvalidInputException("snils", e.rule(), e.getMessage());
        }
        if (!staff.setSnils(employeeId, parsed)) {
            throw new InvalidInputException("snils", "snils.taken", "Этот СНИЛС уже записан за другим сотрудником");
        }
        if (!Objects.equals(employee.snils(), parsed == null ? null : parsed.formatted())) {
            audited(actor, employee, organisationId, "snils");
        }
    }

    /** An employee of the organisation, for an administrator of it. */
    private Employee administered(int organisationId, long employeeId, Actor actor) {
        if (!actor.rolesIn(organisationId).contains(Role.ORG_ADMIN) && !actor.roles().contains(Role.PLATFORM_ADMIN)) {
            throw new ForbiddenException("role", "Сотрудников организации назначает её администратор");
        }
        Employee employee = staff.employee(employeeId).orElseThrow(() -> new NotFoundException("Сотрудник не найден"));
        boolean ofOrganisation = employee.memberships().stream()
                .anyMatch(m -> m.organisationId() != null && m.organisationId() == organisationId);
        if (!ofOrganisation) throw new NotFoundException("Сотрудник не найден в организации");
        return employee;
    }

    private void audited(Actor actor, Employee before, int organisationId, String change) {
        Employee after = staff.employee(before.id()).orElseThrow();
        audit.record(actor.employeeId(), actor.fullName(), "employee", Long.toString(before.id()), change,
                view(before, organisationId), view(after, organisationId));
        log.info("{} in organisation {}: {} {}", actor.login(), organisationId, change, before.login());
    }

    private static Map<String, Object> view(Employee employee, int organisationId) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("login", employee.login());
        view.put("active", employee.active());
        view.put("roles", employee.memberships().stream()
                .filter(m -> m.organisationId() != null && m.organisationId() == organisationId)
                .map(Membership::role).map(Role::name).sorted().toList());
        view.put("snils", employee.snils());
        return view;
    }

    /** The employee's sessions on every node end now; a remembered API password is forgotten too. */
    private void endSessions(Employee employee) {
        sessions.findByPrincipalName(employee.login()).keySet().forEach(sessions::deleteById);
        passwords.forgetAll();
    }
}
