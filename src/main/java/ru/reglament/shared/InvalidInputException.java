package ru.reglament.shared;

import java.util.List;

/** Input that breaks one or more rules; answered with 422 and every violation, and nothing is changed. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String rule, String message) {
        this(List.of(new FieldViolation(field, rule, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String summary(List<FieldViolation> violations) {
        return violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : "Ошибок во входных данных: " + violations.size();
    }
}
