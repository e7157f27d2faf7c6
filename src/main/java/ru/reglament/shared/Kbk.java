package ru.reglament.shared;

import java.util.regex.Pattern;

/**
 * КБК — budget classification code: 20 characters. Income codes (what a charge is paid to) are
 * digits, but the target item inside expense codes may hold capital Latin or Cyrillic letters
 * (national projects such as {@code P1} or {@code А1}), so letters are accepted too. All zeros is
 * the "not applicable" placeholder of payment documents.
 */
public record Kbk(String value) {

    private static final Pattern FORMAT_PATTERN = Pattern.compile("[0-9A-ZА-ЯЁ]{20}");

    private static final Violation REQUIRED = Violation.required("kbk", "КБК");
    private static final Violation FORMAT = Violation.format("kbk", "КБК",
            "должен состоять из 20 символов: цифр или заглавных букв");
    private static final Violation ZEROS = Violation.zeros("kbk", "КБК");

    /** Takes the canonical 20 characters; use {@link #of} for user input. */
    public Kbk {
        Violation.throwIfPresent(check(value));
    }

    /** Parses user input: surrounding whitespace is ignored. */
    public static Kbk of(String raw) {
        return new Kbk(Digits.trim(raw));
    }

    public static boolean isValid(String raw) {
        return check(Digits.trim(raw)) == null;
    }

    static Violation check(String value) {
        if (Digits.isBlank(value)) {
            return REQUIRED;
        }
        if (!FORMAT_PATTERN.matcher(value).matches()) {
            return FORMAT;
        }
        return Digits.allZeros(value) ? ZEROS : null;
    }
}
