package ru.reglament.workstation.internal;

import java.util.Set;
import ru.reglament.staff.Role;

/** A section of the left panel: shown to a user holding any of {@code roles} (DOMAIN.md "Sections"). */
record Section(String code, String path, String icon, Set<Role> roles) {
}
