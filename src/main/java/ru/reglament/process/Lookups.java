package ru.reglament.process;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one command has already looked up, so that a fact, the card and an effect asking the same
 * question of one module cost one query: {@code lookups.remember("decision:" + id, () -> …)}. Lives
 * as long as one command (an action, a card); not shared between threads.
 */
public final class Lookups {

    private final Map<String, Object> known = new HashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T remember(String key, Supplier<T> lookup) {
        if (known.containsKey(key)) return (T) known.get(key);
        T value = lookup.get();
        known.put(key, value);
        return value;
    }
}
