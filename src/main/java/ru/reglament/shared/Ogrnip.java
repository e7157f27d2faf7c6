package ru.reglament.shared;

/**
 * ОГРНИП — the state registration number of an individual entrepreneur: 15 digits, the last one
 * being (first 14 digits as a number mod 13) mod 10.
 */
public record Ogrnip(String value) {

    private static final Violation REQUIRED = Violation.required("ogrnip", "ОГРНИП");
    private static final Violation FORMAT = Violation.format("ogrnip", "ОГРНИП", "должен состоять из 15 цифр");
    private static final Violation CHECKSUM = Violation.checksum("ogrnip", "ОГРНИП");

    /** Takes the canonical 15 digits; use {@link #of} for user input. */
    public Ogrnip {
        Violation.throwIfPresent(check(value));
    }

    /** Parses user input: surrounding whitespace is ignored. */
    public static Ogrnip of(String raw) {
        return new Ogrnip(Digits.trim(raw));
    }

    public static boolean isValid(String raw) {
        return check(Digits.trim(raw)) == null;
    }

    static Violation check(String value) {
        if (Digits.isBlank(value)) {
            return REQUIRED;
        }
        if (!Digits.isDigits(value, 15)) {
            return FORMAT;
        }
        long body = Long.parseLong(value, 0, 14, 10);
        return body % 13 % 10 == Digits.at(value, 14) ? null : CHECKSUM;
    }
}
