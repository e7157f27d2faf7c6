package ru.reglament.workstation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;
import ru.reglament.access.Actor;
import ru.reglament.staff.Membership;
import ru.reglament.staff.Role;

/** Which sections of the left panel each role sees, read from {@code workstation/sections.yaml}. */
@Component
class Sections {

    private final List<Section> all;

    Sections() {
        this("workstation/sections.yaml");
    }

    @SuppressWarnings("unchecked")
    Sections(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Map<String, Object> root = new Yaml().load(in);
            List<Section> sections = new ArrayList<>();
            for (Map<String, Object> s : (List<Map<String, Object>>) root.get("sections")) {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (String role : (Collection<String>) s.get("roles")) roles.add(Role.valueOf(role));
                sections.add(new Section((String) s.get("code"), (String) s.get("path"), (String) s.get("icon"), roles));
            }
            this.all = List.copyOf(sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The union of the sections of every role the user holds, in the panel's order. */
    List<Section> of(Actor actor) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        for (Membership m : actor.memberships()) held.add(m.role());
        return all.stream().filter(s -> s.roles().stream().anyMatch(held::contains)).toList();
    }

    /** The section a page belongs to: the one whose path the page's path starts with (home only itself). */
    java.util.Optional<Section> owning(String path) {
        return all.stream()
                .filter(s -> s.path().equals("/") ? path.equals("/") : path.equals(s.path()) || path.startsWith(s.path() + "/")
                        || path.startsWith(s.path() + "."))
                .findFirst();
    }

    boolean allows(Actor actor, String code) {
        return of(actor).stream().anyMatch(s -> s.code().equals(code));
    }
}
