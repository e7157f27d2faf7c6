package ru.reglament.process;

import java.util.List;
import java.util.Map;

/**
 * The typed values of an action's parameters, read and checked by their {@link ParameterType}s
 * before any effect runs: an effect asks for {@code value("assigneeId", Employee.class)} and gets an
 * active colleague, never a raw id. Parameters not given are absent.
 */
public final class ActionInputs {

    public static final ActionInputs NONE = new ActionInputs(Map.of());

    private final Map<String, Object> values;

    public ActionInputs(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A text parameter, trimmed; null when not given. */
    public String text(String name) {
        return value(name, String.class);
    }

    public <T> T value(String name, Class<T> type) {
        Object value = values.get(name);
        if (value == null) return null;
        if (!type.isInstance(value)) {
            throw new IllegalStateException("Parameter " + name + " holds " + value.getClass().getSimpleName()
                    + ", not " + type.getSimpleName() + ": its declared type does not match what the effect reads");
        }
        return type.cast(value);
    }

    /** A list parameter's values; empty when not given. */
    public <T> List<T> values(String name, Class<T> type) {
        Object value = values.get(name);
        if (value == null) return List.of();
        if (!(value instanceof List<?> list)) throw new IllegalStateException("Parameter " + name + " is not a list");
        for (Object item : list) {
            if (!type.isInstance(item)) throw new IllegalStateException("Parameter " + name + " holds other values than "
                    + type.getSimpleName());
        }
        @SuppressWarnings("unchecked")
        List<T> typed = (List<T>) list;
        return typed;
    }
}
