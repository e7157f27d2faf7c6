package ru.reglament.shared;

/**
 * БИК — bank identification code: 9 digits. It has no check digit of its own; it takes part in
 * the key of the accounts it serves (see {@link BankAccount}).
 */
public record Bik(String value) {

    private static final Violation REQUIRED = Violation.required("bik", "БИК");
    private static final Violation FORMAT = Violation.format("bik", "БИК", "должен состоять из 9 цифр");

    /** Takes the canonical 9 digits; use {@link #of} for user input. */
    public Bik {
        Violation.throwIfPresent(check(value));
    }

    /** Parses user input: surrounding whitespace is ignored. */
    public static Bik of(String raw) {
        return new Bik(Digits.trim(raw));
    }

    public static boolean isValid(String raw) {
        return check(Digits.trim(raw)) == null;
    }

    static Violation check(String value) {
        if (Digits.isBlank(value)) {
            return REQUIRED;
        }
        return Digits.isDigits(value, 9) ? null : FORMAT;
    }
}
