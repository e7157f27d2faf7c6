package ru.reglament.process;

import java.util.Set;
import ru.reglament.staff.Role;

/**
 * One way an action applies: from these statuses, for these roles, to the next status (null keeps
 * the status). {@code assignees} are the roles a colleague needs to be assigned by this transition;
 * {@code when}/{@code unless} name facts about the application that must hold / must not hold.
 */
public record Transition(Set<String> from, String to, Set<Role> roles, boolean assigneeOnly,
        Set<Role> assignees, String when, String unless) {

    public boolean keepsStatus() {
        return to == null;
    }

    public String target(String current) {
        return to == null ? current : to;
    }
}
