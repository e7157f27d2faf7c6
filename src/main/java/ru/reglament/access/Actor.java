package ru.reglament.access;

import java.io.Serializable;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.reglament.staff.Membership;
import ru.reglament.staff.Role;

/** Who is acting: an authenticated employee or technical client, with their roles per organisation. */
public record Actor(long employeeId, String login, String fullName, List<Membership> memberships)
        implements Principal, Serializable {

    /** The platform itself, for automatic transitions (e.g. SMEV answers received). */
    public static final Actor SYSTEM = new Actor(0, "system", "Система", List.of(new Membership(null, Role.SYSTEM)));

    /** The platform acting on an organisation's applications by itself (answers arrived, a deadline passed). */
    public static Actor systemIn(int organisationId) {
        return new Actor(0, "system", "Система", List.of(new Membership(organisationId, Role.SYSTEM)));
    }

    /** The login: what security logs and the session table record as the principal's name. */
    @Override
    public String getName() {
        return login;
    }

    public Set<Role> rolesIn(int organisationId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Membership m : memberships) {
            if (m.organisationId() == null || m.organisationId() == organisationId) roles.add(m.role());
        }
        return roles;
    }

    /** Every role the actor holds, in any organisation. */
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Membership m : memberships) roles.add(m.role());
        return roles;
    }

    public boolean has(Role role) {
        return memberships.stream().anyMatch(m -> m.role() == role);
    }

    /** Organisations whose applications this actor may see; technical clients belong to none. */
    public Set<Integer> organisationIds() {
        return memberships.stream().map(Membership::organisationId).filter(id -> id != null)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean belongsTo(int organisationId) {
        return memberships.stream().anyMatch(m -> m.organisationId() != null && m.organisationId() == organisationId);
    }

    public boolean isSystem() {
        return this == SYSTEM || has(Role.SYSTEM);
    }

    public Long employeeIdOrNull() {
        return isSystem() ? null : employeeId;
    }
}
