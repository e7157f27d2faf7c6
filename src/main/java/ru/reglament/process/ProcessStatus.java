package ru.reglament.process;

import java.util.Set;
import ru.reglament.staff.Role;

/**
 * A status of a process, with the Russian name users see (and an English one, {@code en}), and whose
 * worklist it fills: the
 * application's assignee ({@code queue: assignee}), anyone of the organisation holding one of
 * {@code queue.roles} (a new application waits for any registrar), or nobody (final statuses; the
 * platform's own waits).
 */
public record ProcessStatus(String code, String name, String nameEn, boolean isFinal, Queue queue) {

    /**
     * Who picks an application up in this status. {@code label} names the worklist on the home page
     * (the status's name when absent); {@code mine}: the application counts among «Мои» of everyone
     * holding one of the roles while it waits (the official's decisions awaiting signature), not only
     * of its assignee.
     */
    public record Queue(Set<Role> roles, boolean assignee, String label, String labelEn, boolean mine) {

        public static final Queue NOBODY = new Queue(Set.of(), false, null, null, false);
        public static final Queue ASSIGNEE = new Queue(Set.of(), true, null, null, false);

        public Queue {
            roles = Set.copyOf(roles);
        }
    }

    /** Whether an application in this status waits for anyone of the organisation holding one of these roles. */
    public boolean waitsForAnyOf(Set<Role> held) {
        for (Role role : queue.roles()) {
            if (held.contains(role)) return true;
        }
        return false;
    }

    /** The worklist's name on the home page. */
    public String queueLabel() {
        return queue.label() != null ? queue.label() : name;
    }

    /** The name in English where the definition gives one ({@code en}), else the Russian name. */
    public String name(boolean english) {
        return english && nameEn != null ? nameEn : name;
    }

    public String queueLabel(boolean english) {
        if (!english) return queueLabel();
        if (queue.labelEn() != null) return queue.labelEn();
        return queue.label() != null && nameEn == null ? queue.label() : name(true);
    }
}
