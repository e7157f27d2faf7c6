package ru.reglament.shared;

/**
 * An upload larger than its kind's limit: 413, naming the field and the rule like any input error,
 * and nothing is changed. It is an {@link InvalidInputException}, so every place that shows a form's
 * broken rules (the workstation's card) shows this one too; only the API's status differs.
 */
public class PayloadTooLargeException extends InvalidInputException {

    private final long limitBytes;

    public PayloadTooLargeException(String field, String rule, String message, long limitBytes) {
        super(field, rule, message);
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
