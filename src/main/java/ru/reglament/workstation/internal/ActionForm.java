package ru.reglament.workstation.internal;

import java.util.List;
import ru.reglament.process.ParameterType;

/**
 * The form an action button opens, made from the action's parameters in the process definition: a
 * new action, or one that asks for something else, needs no change here. An action that asks for
 * nothing is a plain button.
 */
record ActionForm(String code, String label, String submitLabel, List<Field> fields) {

    /**
     * A field of the form. {@code control}: how it asks (a {@link ParameterType.Control}'s name);
     * {@code dependsOn}: the field whose choice fills this one's, {@code dependents}: the fields this
     * one's choice fills.
     */
    record Field(String name, String label, String control, boolean required, int max, List<ParameterType.Choice> choices,
            String accept, String dependsOn, String dependsOnLabel, List<String> dependents) {
    }

    public boolean needsForm() {
        return !fields.isEmpty();
    }

    public boolean uploads() {
        return fields.stream().anyMatch(f -> f.control().equals(ParameterType.Control.FILE.name()));
    }

    public boolean signs() {
        return fields.stream().anyMatch(f -> f.control().equals(ParameterType.Control.SIGNATURE.name()));
    }
}
