package ru.reglament.access;

import java.util.List;
import ru.reglament.staff.Role;

/**
 * What an organisation's administrator («Администратор организации») does to its staff: grants and
 * revokes roles (several per person), deactivates and reactivates employees. Each change is audited
 * (who, when, before and after); a revocation or a deactivation ends the employee's sessions on every
 * node at once. A platform administrator may do the same in any organisation.
 */
public interface OrganisationAdministration {

    /** The roles an organisation's administrator may grant in it. */
    List<Role> grantableRoles();

    void grant(int organisationId, long employeeId, Role role, Actor actor);

    void revoke(int organisationId, long employeeId, Role role, Actor actor);

    void deactivate(int organisationId, long employeeId, Actor actor);

    void reactivate(int organisationId, long employeeId, Actor actor);

    /**
     * Records the employee's СНИЛС, by which a client certificate finds them (empty: forgets it); a
     * malformed one, or one another employee holds, is refused naming the field.
     */
    void setSnils(int organisationId, long employeeId, String snils, Actor actor);
}
