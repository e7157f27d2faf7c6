package ru.reglament.process;

import ru.reglament.shared.InputPolicy;
import ru.reglament.shared.Violations;
import tools.jackson.databind.JsonNode;

/**
 * A parameter that the process's actions accept, declared in the definition's {@code parameters}
 * with its type and the longest text it holds. Anything else in an action's body is refused, so a
 * misspelt parameter is never silently ignored and no text reaches an effect unchecked.
 */
public record ActionParameter(String name, Type type, int max, boolean multiline) {

    public enum Type {
        /** One text value. */
        TEXT,
        /** A whole number (an employee's id). */
        INTEGER,
        /** A list of text values (the codes of refusal grounds). */
        TEXT_LIST
    }

    public ActionParameter {
        if (max <= 0 && type != Type.INTEGER) throw new IllegalArgumentException("parameter " + name + ": max must be positive");
    }

    /** Adds a violation naming the parameter when the value is not of its type or breaks the text policy. */
    public void check(JsonNode value, Violations violations) {
        if (value == null || value.isNull()) return;
        switch (type) {
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
                if (value.size() > 100) violations.add(name, "list.too-long", "Не больше 100 значений");
                for (int i = 0; i < value.size() && i < 100; i++) {
                    JsonNode item = value.get(i);
                    if (item.isString()) InputPolicy.text(name + "[" + i + "]", item.asString(), max, multiline, violations);
                    else violations.add(name + "[" + i + "]", "type", "Значение передаётся строкой");
                }
            }
        }
    }
}
