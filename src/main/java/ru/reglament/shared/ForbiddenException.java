package ru.reglament.shared;

/** The caller's roles do not allow this: 403. */
public class ForbiddenException extends RuntimeException {

    private final String rule;

    public ForbiddenException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
