package ru.reglament.applications.internal;

import ru.reglament.process.EffectCall;
import ru.reglament.process.ProcessEffect;

/** A named effect carried out while an action applies, before the application's row is written. */
public interface ActionEffect extends ProcessEffect {

    void apply(ActionExecution execution, EffectCall call);

    /**
     * Whether the effect writes beyond the application's own row (a decision, a document, a request),
     * so that the action must run in a transaction holding the row's lock. An action whose effects
     * change only the row is written by one conditional statement, with no transaction around it.
     */
    default boolean writesBeyondTheApplication() {
        return true;
    }
}
