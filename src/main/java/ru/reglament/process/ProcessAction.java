package ru.reglament.process;

import java.util.List;

/**
 * An action of a process: what users click, with its transitions and effects. {@code isPublic}: the
 * applicant sees the action's history line in full (its comment, its intermediate status); of any
 * other line they see only the status change it makes, if it makes one.
 */
public record ProcessAction(String code, String label, CommentRule comment, List<Transition> transitions,
        List<EffectCall> effects, Notify notifies, boolean isPublic) {

    public enum CommentRule { OPTIONAL, REQUIRED }

    /**
     * Whom the action's history line notifies in the workstation: the application's assignee after
     * the action (unless they took it themselves), or the organisation it now belongs to.
     */
    public enum Notify { NOBODY, ASSIGNEE, ORGANISATION }

    public boolean requiresComment() {
        return comment == CommentRule.REQUIRED;
    }
}
