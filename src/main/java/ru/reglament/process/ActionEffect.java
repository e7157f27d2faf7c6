package ru.reglament.process;

import java.util.List;

/**
 * A named effect of an action ({@code effects: [route]} in a definition), implemented by the module
 * that owns what it changes and registered as a bean. It reads the {@link ActionContext} and answers
 * with its {@link Changes}; it may write to its own module's tables (then it says so with
 * {@link #writesBeyondTheApplication()}), inside the action's transaction. The catalog refuses to
 * start with a definition naming an effect nobody implements, or an action that does not declare a
 * parameter its effect reads.
 */
public interface ActionEffect {

    String name();

    /**
     * The parameters the effect reads, each of a type: an action declaring one must give it that type,
     * and must declare (as required) those the effect cannot do without.
     */
    default List<EffectParameter> parameters() {
        return List.of();
    }

    /** What is wrong with a call of this effect in the definition (its arguments); empty when nothing. */
    default List<String> problems(EffectCall call, ProcessDefinition process) {
        return call.arguments().isEmpty() ? List.of() : List.of("takes no arguments, got " + call.arguments().keySet());
    }

    Changes apply(ActionContext context, EffectCall call);

    /**
     * Whether the effect writes beyond the application's own row (a decision, a document, a request),
     * so that the action must lock the row before it runs. An action whose effects change only the
     * row is decided on the row as read and written by one statement that holds only if its version
     * is still the same.
     */
    default boolean writesBeyondTheApplication() {
        return true;
    }

    /** A parameter an effect reads, of a type; {@code required}: the effect cannot do without it. */
    record EffectParameter(String name, String type, boolean required) {
    }
}
