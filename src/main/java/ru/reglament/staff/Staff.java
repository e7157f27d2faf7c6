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

    /** Creates or updates an employee by login and replaces their roles. Returns the id. */
    long save(String login, String fullName, String position, String passwordHash, List<Membership> memberships);

    void setPasswordHash(String login, String passwordHash);

    /** Gives the employee the role in the organisation; false when they held it already. */
    boolean grant(long employeeId, int organisationId, Role role);

    /** Takes the role in the organisation from the employee; false when they did not hold it. */
    boolean revoke(long employeeId, int organisationId, Role role);

    /** Records the person's СНИЛС as the identity provider vouched for it (digits and separators as given). */
    void setSnils(long employeeId, String snils);

    /** Lets the employee work, or stops them (a deactivated employee cannot log in); false when nothing changed. */
    boolean setActive(long employeeId, boolean active);

    /**
     * The employee whose recorded СНИЛС is this one, in whichever of the usual written forms it was
     * recorded (ЕСИА gives {@code 123-456-789 01}, a certificate the bare digits).
     */
    Optional<Employee> bySnils(Snils snils);
}
