package ru.reglament.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one request before failing, so the caller sees all of them at once. */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations add(String field, String rule, String message) {
        found.add(new FieldViolation(field, rule, message));
        return this;
    }

    public Violations require(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "required", "Обязательное поле не заполнено");
        }
        return this;
    }

    /** Whether a rule of this field is already broken: later rules then need not read its value. */
    public boolean has(String field) {
        for (FieldViolation violation : found) {
            if (violation.field().equals(field)) return true;
        }
        return false;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    /** Throws {@link InvalidInputException} with everything found, if anything was. */
    public void throwIfAny() {
        if (!found.isEmpty()) throw new InvalidInputException(found);
    }
}
