package ru.reglament.applications.internal;

import ru.reglament.process.EffectCall;
import ru.reglament.process.ProcessEffect;

/** A named effect carried out while an action applies, inside the action's transaction. */
public interface ActionEffect extends ProcessEffect {

    void apply(ActionExecution execution, EffectCall call);
}
