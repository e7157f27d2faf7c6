package ru.reglament.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.reglament.shared.Snils;

/** Employees and their roles. */
public interface Staff {

    Optional<Employee> employee(long id);

    Optional<Employee> byLogin(String login);

    /** The stored password hash of an active employee, for the login check only. */
    Optional<String> passwordHash(String login);

    /** Everyone holding a role in the organisation, active or not, sorted by name, with all their roles. */
    List<Employee> ofOrganisation(int organisationId);

    /** Active employees of the organisation holding any of the roles, sorted by name. */
    List<Employee> withAnyRole(int organisationId, Collection<Role> roles);

    /**
     * Creates or updates an employee by login with the roles an outside source gives (the identity
     * provider's access groups, the demo data), replacing those it gave before; roles granted here
     * ({@link #grant}) stay until revoked. Returns the id.
     */
    long save(String login, String fullName, String position, String passwordHash, List<Membership> memberships);

    void setPasswordHash(String login, String passwordHash);

    /**
     * Gives the employee the role in the organisation, granted here: an identity provider's next login
     * does not take it away. False when they held it as granted here already.
     */
    boolean grant(long employeeId, int organisationId, Role role);

    /** Takes the role in the organisation from the employee; false when they did not hold it. */
    boolean revoke(long employeeId, int organisationId, Role role);

    /**
     * Records the person's СНИЛС (kept as {@code 123-456-789 01}), or forgets it ({@code null}); false when
     * another employee holds it already (one person, one employee), and nothing changes.
     */
    boolean setSnils(long employeeId, Snils snils);

    /** Lets the employee work, or stops them (a deactivated employee cannot log in); false when nothing changed. */
    boolean setActive(long employeeId, boolean active);

    /** The employee whose recorded СНИЛС is this one. */
    Optional<Employee> bySnils(Snils snils);
}
