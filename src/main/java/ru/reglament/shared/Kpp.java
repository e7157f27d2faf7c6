package ru.reglament.shared;

import java.util.regex.Pattern;

/**
 * КПП — tax registration reason code: 9 characters, {@code NNNNPPNNN}, where the reason {@code PP}
 * may hold capital Latin letters. It has no check digit.
 */
public record Kpp(String value) {

    private static final Pattern FORMAT_PATTERN = Pattern.compile("\\d{4}[\\dA-Z]{2}\\d{3}");

    private static final Violation REQUIRED = Violation.required("kpp", "КПП");
    private static final Violation FORMAT = Violation.format("kpp", "КПП",
            "должен состоять из 9 символов: 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры");

    /** Takes the canonical 9 characters; use {@link #of} for user input. */
    public Kpp {
        Violation.throwIfPresent(check(value));
    }

    /** Parses user input: surrounding whitespace is ignored. */
    public static Kpp of(String raw) {
        return new Kpp(Digits.trim(raw));
    }

    public static boolean isValid(String raw) {
        return check(Digits.trim(raw)) == null;
    }

    static Violation check(String value) {
        if (Digits.isBlank(value)) {
            return REQUIRED;
        }
        return FORMAT_PATTERN.matcher(value).matches() ? null : FORMAT;
    }
}
