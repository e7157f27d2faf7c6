package ru.reglament.process;

import java.util.Map;
import ru.reglament.shared.InputPolicy;
import ru.reglament.shared.Violations;
import tools.jackson.databind.JsonNode;

/**
 * A parameter an action asks for, declared with the action in the process definition: its name in
 * the action's body, its type (a {@link ParameterType} by name: {@code text}, {@code employee},
 * {@code grounds} …), whether it is required, the label a form shows, and for texts the longest
 * value. {@code attributes} hold what a type reads of its declaration (e.g. {@code of} for grounds).
 * Validation, the workstation's form and the API's description are all made from this.
 */
public record ActionParameter(String name, String type, Shape shape, boolean required, String label, int max,
        boolean multiline, Map<String, String> attributes) {

    /** How the value travels in an action's JSON body (a file travels beside it). */
    public enum Shape {
        TEXT, INTEGER, TEXT_LIST, FILE
    }

    /** The most values a list parameter takes. */
    public static final int MAX_LIST = 100;

    public ActionParameter {
        attributes = Map.copyOf(attributes);
    }

    public String attribute(String key) {
        return attributes.get(key);
    }

    /**
     * Checks the value's JSON shape and the text policy (control characters, length), before anything
     * reads it: a value of the wrong shape never reaches a type or an effect.
     */
    public void checkShape(JsonNode value, Violations violations) {
        if (value == null || value.isNull()) return;
        switch (shape) {
            case TEXT -> {
                if (value.isString() || value.isNumber()) {
                    InputPolicy.text(name, value.asString(), max, multiline, violations);
                } else {
                    violations.add(name, "type", "Параметр передаётся строкой");
                }
            }
            case INTEGER -> {
                if (!value.canConvertToLong() || !(value.isIntegralNumber() || value.isString())) {
                    violations.add(name, "type", "Параметр передаётся целым числом");
                }
            }
            case TEXT_LIST -> {
                if (!value.isArray()) {
                    violations.add(name, "type", "Параметр передаётся списком строк");
                    return;
                }
                if (value.size() > MAX_LIST) violations.add(name, "list.too-long", "Не больше " + MAX_LIST + " значений");
                for (int i = 0; i < value.size() && i < MAX_LIST; i++) {
                    JsonNode item = value.get(i);
                    if (item.isString()) InputPolicy.text(name + "[" + i + "]", item.asString(), max, multiline, violations);
                    else violations.add(name + "[" + i + "]", "type", "Значение передаётся строкой");
                }
            }
            case FILE -> violations.add(name, "type", "Файл передаётся отдельной частью запроса, а не в теле JSON");
        }
    }

    /** Whether a value was given: a blank text or an empty list counts as none. */
    public static boolean present(JsonNode value) {
        if (value == null || value.isNull()) return false;
        if (value.isString()) return !value.asString().isBlank();
        if (value.isArray()) return !value.isEmpty();
        return true;
    }
}
