package ru.reglament.shared;

/** The request cannot apply to the current state (status changed, stale version, different retry body): 409. */
public class ConflictException extends RuntimeException {

    private final String rule;

    public ConflictException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
