package ru.reglament.process;

import java.util.Map;

/** A named effect of an action with its arguments from the definition, e.g. {@code draft-decision {kind: GRANT}}. */
public record EffectCall(String name, Map<String, String> arguments) {

    public String argument(String key) {
        return arguments.get(key);
    }
}
