package ru.reglament.process;

import java.util.List;

/** An action of a process: what users click, with its transitions and effects. */
public record ProcessAction(String code, String label, CommentRule comment, List<Transition> transitions,
        List<EffectCall> effects) {

    public enum CommentRule { OPTIONAL, REQUIRED }

    public boolean requiresComment() {
        return comment == CommentRule.REQUIRED;
    }
}
