package ru.reglament.access.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.reglament.shared.YamlResources;
import ru.reglament.staff.Role;

/**
 * The identity provider's access groups and the roles they give ({@code access/access-groups.yaml}),
 * read into memberships: a group "/&lt;ОГРН&gt;/&lt;name&gt;" for that organisation, a bare name for the
 * organisations the token names. Groups neither mapped nor ignored are reported, so that an
 * administrator sees what a login brought that means nothing here. A bad file stops the start-up.
 */
@Component
class AccessGroups {

    /** A role in an organisation given by ОГРН. */
    record Grant(String ogrn, Role role) {
    }

    /** What a login's groups give: the grants, and the groups that gave nothing and are not known as technical. */
    record Reading(Set<Grant> grants, List<String> unknown) {
    }

    private final Map<String, Role> roles = new HashMap<>();
    private final Set<String> ignored = new HashSet<>();

    AccessGroups(@Value("${reglament.access.groups:access/access-groups.yaml}") String resource) {
        Map<String, Object> root = YamlResources.read(resource);
        List<String> problems = new ArrayList<>();
        if (root.get("groups") instanceof Map<?, ?> groups) {
            groups.forEach((name, role) -> {
                try {
                    Role mapped = Role.valueOf(String.valueOf(role));
                    if (mapped == Role.PORTAL || mapped == Role.SYSTEM) {
                        problems.add("groups." + name + ": " + role + " is a technical role no person holds");
                    } else {
                        roles.put(String.valueOf(name), mapped);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add("groups." + name + ": no role " + role);
                }
            });
        } else {
            problems.add("groups: a map of group name to role");
        }
        if (root.get("ignored") instanceof List<?> list) list.forEach(g -> ignored.add(String.valueOf(g)));
        if (!problems.isEmpty()) throw new IllegalStateException(resource + ": " + String.join("; ", problems));
    }

    /** The grants of a login's groups; {@code organisations}: the ОГРН the token names, for groups without one. */
    Reading read(List<String> groups, List<String> organisations) {
        Set<Grant> grants = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String group : groups) {
            String path = group.startsWith("/") ? group.substring(1) : group;
            int slash = path.indexOf('/');
            String ogrn = slash < 0 ? null : path.substring(0, slash);
            String name = slash < 0 ? path : path.substring(slash + 1);
            Role role = roles.get(name);
            if (role == null) {
                if (!ignored.contains(name) && !(slash < 0 && path.matches("\\d{13}"))) unknown.add(group);
                continue;
            }
            if (ogrn != null) {
                grants.add(new Grant(ogrn, role));
            } else {
                for (String organisation : organisations) grants.add(new Grant(organisation, role));
            }
        }
        return new Reading(grants, unknown);
    }
}
