package ru.reglament.process;

import java.util.List;
import java.util.Map;
import ru.reglament.shared.Violations;
import tools.jackson.databind.JsonNode;

/**
 * A type of action parameter that definitions name ({@code type: employee}). A module that owns the
 * values contributes the type as a bean: it reads what the caller sent into a typed value checked
 * against the application (an {@code employee} becomes an active colleague with a suitable role), and
 * tells a form what to offer. The catalog refuses to start with a definition naming an unknown type.
 */
public interface ParameterType {

    String name();

    /** How the value travels in the action's body. */
    ActionParameter.Shape shape();

    /** How a form asks for the value. */
    Control control(ActionParameter declared);

    /** What is wrong with a declaration of this type (an attribute missing or unknown); empty when nothing. */
    default List<String> problems(ActionParameter declared) {
        return unknownAttributes(declared);
    }

    /** The declaration's attributes beyond {@code known}, as a problem; for {@link #problems}. */
    default List<String> unknownAttributes(ActionParameter declared, String... known) {
        java.util.Set<String> extra = new java.util.TreeSet<>(declared.attributes().keySet());
        extra.removeAll(java.util.Set.of(known));
        return extra.isEmpty() ? List.of() : List.of("unknown keys " + extra + " for type " + name());
    }

    /**
     * Reads a value that was given (its shape already checked): the typed value effects receive, or
     * null after adding a violation that names {@code declared.name()} and the rule.
     */
    Object read(JsonNode json, Upload file, ActionParameter declared, ActionContext context, Violations violations);

    /**
     * The values a form offers for the parameter; empty for free input. {@code others} are the
     * values already chosen in the same form (for a parameter declared with {@code dependsOn}).
     */
    default List<Choice> choices(ActionParameter declared, ActionContext context, Map<String, String> others) {
        return List.of();
    }

    /** How a form asks for a value. */
    enum Control {
        TEXT, TEXTAREA, SELECT, CHECKBOXES, FILE, SIGNATURE
    }

    /** A value a form offers, with what the user reads. */
    record Choice(String value, String label) {
    }
}
