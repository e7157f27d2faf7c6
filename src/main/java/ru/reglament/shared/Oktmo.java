package ru.reglament.shared;

/**
 * ОКТМО — code of a municipal territory: 8 digits (a municipality) or 11 (a settlement within it);
 * all zeros is the payment documents' "not applicable" placeholder, never a territory.
 */
public record Oktmo(String value) {

    private static final Violation REQUIRED = Violation.required("oktmo", "ОКТМО");
    private static final Violation FORMAT = Violation.format("oktmo", "ОКТМО", "должен состоять из 8 или 11 цифр");
    private static final Violation ZEROS = Violation.zeros("oktmo", "ОКТМО");

    /** Takes the canonical 8 or 11 digits; use {@link #of} for user input. */
    public Oktmo {
        Violation.throwIfPresent(check(value));
    }

    /** Parses user input: surrounding whitespace is ignored. */
    public static Oktmo of(String raw) {
        return new Oktmo(Digits.trim(raw));
    }

    public static boolean isValid(String raw) {
        return check(Digits.trim(raw)) == null;
    }

    static Violation check(String value) {
        if (Digits.isBlank(value)) {
            return REQUIRED;
        }
        if (!Digits.isDigits(value) || (value.length() != 8 && value.length() != 11)) {
            return FORMAT;
        }
        return Digits.allZeros(value) ? ZEROS : null;
    }
}
