package ru.reglament.process;

import java.util.List;
import java.util.Map;
import ru.reglament.staff.Role;

/**
 * An action of a process: what users click, what it asks for, its transitions and effects.
 * {@code parameters} are the action's own, in the order a form shows them ({@link
 * ProcessDefinition#parameters(String)} adds the process's common ones). {@code submitLabel} is the
 * form's button. {@code isPublic}: the applicant sees the action's history line in full (its comment,
 * its intermediate status); of any other line they see only the status change it makes.
 * {@code repeatable}: taken again once the application stands in a final status the action leads to
 * (a caller that did not hear the first answer, as the portal retries a withdrawal), it answers the
 * card as it stands and changes nothing.
 */
public record ProcessAction(String code, String label, String labelEn, String submitLabel, List<Transition> transitions,
        List<EffectCall> effects, Map<String, ActionParameter> parameters, Notify notifies, boolean isPublic,
        boolean repeatable) {

    /** The parameter whose text becomes the action's history comment. */
    public static final String COMMENT = "comment";

    /**
     * Whom the action concerns in the workstation's notifications: the application's assignee after
     * the action (unless they took it themselves), or the organisation it now belongs to; with the
     * message they read («Вам назначено заявление»).
     */
    public record Notify(Whom whom, String message) {

        public enum Whom { ASSIGNEE, ORGANISATION }

        /** Whom the action concerns once taken: an employee, an organisation, or nobody (the assignee acted). */
        public Recipient recipient(Long assigneeAfter, Long actorId, int organisationAfter) {
            return switch (whom) {
                case ASSIGNEE -> assigneeAfter == null || assigneeAfter.equals(actorId) ? null
                        : new Recipient(assigneeAfter, null);
                case ORGANISATION -> new Recipient(null, organisationAfter);
            };
        }
    }

    /** An employee or an organisation an action concerns. */
    public record Recipient(Long employeeId, Integer organisationId) {
    }

    /** Taken by the platform itself only (e.g. «answers received»): never offered to a person. */
    public boolean isSystem() {
        for (Transition t : transitions) {
            if (!t.roles().equals(java.util.Set.of(Role.SYSTEM))) return false;
        }
        return true;
    }

    /** The label in English where the definition gives one ({@code en}), else the Russian label. */
    public String label(boolean english) {
        return english && labelEn != null ? labelEn : label;
    }

    /** The form's button: in English the action's English label. */
    public String submitLabel(boolean english) {
        return english && labelEn != null ? labelEn : submitLabel;
    }

    public boolean requiresComment() {
        ActionParameter comment = parameters.get(COMMENT);
        return comment != null && comment.required();
    }

    /** Whether the action asks for anything of its own (then a form opens before it is taken). */
    public boolean asksForInput() {
        return !parameters.isEmpty();
    }
}
