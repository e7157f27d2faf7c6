package ru.reglament.process;

/**
 * The engine's answer to "may this caller take this action now": the transition that applies, or
 * why not. The API maps {@link Denial#ROLE} and {@link Denial#NOT_ASSIGNEE} to 403, the others to 409.
 */
public record ActionCheck(Transition transition, Denial denial, String message) {

    public enum Denial { UNKNOWN_ACTION, WRONG_STATUS, ROLE, NOT_ASSIGNEE, CONDITION }

    static ActionCheck allowed(Transition transition) {
        return new ActionCheck(transition, null, null);
    }

    static ActionCheck denied(Denial denial, String message) {
        return new ActionCheck(null, denial, message);
    }

    public boolean isAllowed() {
        return transition != null;
    }
}
