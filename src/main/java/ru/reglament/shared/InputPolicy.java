package ru.reglament.shared;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The one check every text entering the platform passes, wherever it comes from: a JSON body (a record
 * or a free-form tree), a form post, a query parameter, a multipart file name, a CSV cell. A text is
 * refused, never repaired: a control character (line breaks and tabs only in multi-line fields), an
 * unpaired surrogate (it has no UTF-8 form, and PostgreSQL stores UTF-8), or more characters than its
 * field declares (what the column and its indexes can hold). PostgreSQL refuses NUL outright, and a
 * name longer than a B-tree entry fails its index: both used to surface as 500s.
 */
public final class InputPolicy {

    /** The longest key of a free-form JSON object (a form field's name). */
    public static final int MAX_KEY = 100;
    /** The most values one free-form JSON tree may hold: a service form, an action's parameters. */
    public static final int MAX_TREE_NODES = 2_000;

    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            return components(type);
        }
    };

    private InputPolicy() {
    }

    /**
     * Checks one text value; null passes (whether a value is required is the field's own rule).
     *
     * @return whether the value passed, so a caller can skip rules that would read a refused value
     */
    public static boolean text(String field, String value, int max, boolean multiline, Violations violations) {
        if (value == null) return true;
        String broken = brokenCharacter(value, multiline);
        if (broken != null) {
            violations.add(field, broken.equals("surrogate") ? "text.unpaired-surrogate" : "text.control-character",
                    broken.equals("surrogate")
                            ? "Текст содержит непарный суррогатный символ UTF-16"
                            : "Текст содержит недопустимый управляющий символ " + broken);
            return false;
        }
        if (value.length() > max) {
            violations.add(field, "text.too-long", "Не длиннее " + max + " символов (передано " + value.length() + ")");
            return false;
        }
        return true;
    }

    /** Checks every text of an incoming record, its nested records and trees, by their {@link Text} declarations. */
    public static void record(String path, Object record, Violations violations) {
        if (record == null) return;
        for (Component component : COMPONENTS.get(record.getClass())) {
            Object value = component.read(record);
            if (value != null) component.check(join(path, component.name), value, violations);
        }
    }

    /**
     * Checks every key and text inside a free-form JSON tree (a service's form fields, an action's
     * parameters), each text against the same limit, and the tree's size.
     */
    public static void tree(String path, JsonNode tree, int maxText, boolean multiline, Violations violations) {
        if (tree == null) return;
        int[] budget = {MAX_TREE_NODES};
        walk(path, tree, maxText, multiline, violations, budget);
        if (budget[0] < 0) {
            violations.add(path, "json.too-large", "Не больше " + MAX_TREE_NODES + " значений");
        }
    }

    /** Null when every character may stand in the text; otherwise which one may not (or "surrogate"). */
    private static String brokenCharacter(String value, boolean multiline) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x20) {
                if (multiline && (c == '\n' || c == '\r' || c == '\t')) continue;
                return String.format("U+%04X", (int) c);
            }
            if (c >= 0x7f && c <= 0x9f) return String.format("U+%04X", (int) c);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "surrogate";
            }
            if (Character.isLowSurrogate(c)) return "surrogate";
        }
        return null;
    }

    private static void walk(String path, JsonNode node, int maxText, boolean multiline, Violations violations,
            int[] budget) {
        if (--budget[0] < 0) return;
        if (node.isString()) {
            text(path, node.asString(), maxText, multiline, violations);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String field = join(path, property.getKey());
                if (text(field, property.getKey(), MAX_KEY, false, violations)) {
                    walk(field, property.getValue(), maxText, multiline, violations, budget);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", node.get(i), maxText, multiline, violations, budget);
            }
        }
    }

    private static String join(String path, String name) {
        return path == null || path.isEmpty() ? name : path + "." + name;
    }

    private record Component(String name, MethodHandle accessor, Text declared, Kind kind) {

        enum Kind { TEXT, TREE, RECORD, LIST, OTHER }

        Object read(Object record) {
            try {
                return (Object) accessor.invokeExact(record);
            } catch (Throwable e) {
                throw new IllegalStateException("Cannot read " + name + " of " + record.getClass().getName(), e);
            }
        }

        void check(String field, Object value, Violations violations) {
            switch (kind) {
                case TEXT -> text(field, (String) value, declared.max(), declared.multiline(), violations);
                case TREE -> tree(field, (JsonNode) value, declared.max(), declared.multiline(), violations);
                case RECORD -> record(field, value, violations);
                case LIST -> {
                    List<?> items = (List<?>) value;
                    for (int i = 0; i < items.size(); i++) {
                        Object item = items.get(i);
                        String itemField = field + "[" + i + "]";
                        if (item instanceof String s) text(itemField, s, declared.max(), declared.multiline(), violations);
                        else if (item != null && item.getClass().isRecord()) record(itemField, item, violations);
                    }
                }
                case OTHER -> { }
            }
        }
    }

    private static List<Component> components(Class<?> type) {
        if (!type.isRecord()) throw new IllegalArgumentException(type.getName() + " is not a record");
        List<Component> components = new ArrayList<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> kind = component.getType();
            Text text = component.getAnnotation(Text.class);
            Component.Kind as = kind == String.class ? Component.Kind.TEXT
                    : JsonNode.class.isAssignableFrom(kind) ? Component.Kind.TREE
                    : kind.isRecord() ? Component.Kind.RECORD
                    : List.class.isAssignableFrom(kind) ? Component.Kind.LIST
                    : Component.Kind.OTHER;
            if (text == null && (as == Component.Kind.TEXT || as == Component.Kind.TREE || as == Component.Kind.LIST)) {
                // A text field without a declared limit is a programming error: found by the first request's test.
                throw new IllegalStateException(type.getName() + "." + component.getName()
                        + " takes text but declares no @Text limit");
            }
            try {
                // Adapted once to (Object)Object, so each read is an exact call with no per-call type adaptation.
                MethodHandle accessor = lookup.unreflect(component.getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class));
                components.add(new Component(component.getName(), accessor, text, as));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Record " + type.getName() + " must be public to be checked", e);
            }
        }
        return List.copyOf(components);
    }
}
