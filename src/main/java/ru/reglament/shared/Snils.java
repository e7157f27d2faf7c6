package ru.reglament.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * СНИЛС — insurance number of a person: 11 digits, the last two a check number over the first
 * nine. Stored as the 11 digits; {@link #formatted()} gives the usual {@code 123-456-789 01}.
 */
public record Snils(String value) {

    /** The usual written forms: {@code 12345678901}, {@code 123-456-789 01}, {@code 123-456-789-01}, {@code 123 456 789 01}. */
    private static final Pattern INPUT = Pattern.compile("(\\d{3})[- ]?(\\d{3})[- ]?(\\d{3})[- ]?(\\d{2})");

    /**
     * Numbers up to 001-001-998 were issued before the check number was introduced and carry
     * arbitrary last digits; the Pension Fund's own rule skips the check for them, so we do too
     * rather than reject real people.
     */
    private static final int LAST_UNCHECKED = 1_001_998;

    private static final Violation REQUIRED = Violation.required("snils", "СНИЛС");
    private static final Violation FORMAT = Violation.format("snils", "СНИЛС", "должен состоять из 11 цифр");
    private static final Violation CHECKSUM = Violation.checksum("snils", "СНИЛС");

    /** Takes the canonical 11 digits; use {@link #of} for user input. */
    public Snils {
        Violation.throwIfPresent(check(value));
    }

    /** Parses user input: surrounding whitespace is ignored and the usual dashes and spaces are removed. */
    public static Snils of(String raw) {
        return new Snils(normalise(raw));
    }

    public static boolean isValid(String raw) {
        return check(normalise(raw)) == null;
    }

    /** The form people write and the portal shows: {@code 123-456-789 01}. */
    public String formatted() {
        return value.substring(0, 3) + '-' + value.substring(3, 6) + '-' + value.substring(6, 9) + ' '
                + value.substring(9);
    }

    /** Masked: a СНИЛС is personal data and a record's default toString ends up in logs. */
    @Override
    public String toString() {
        return "Snils[***-***-*** " + value.substring(9) + ']';
    }

    private static String normalise(String raw) {
        String trimmed = Digits.trim(raw);
        if (trimmed == null) {
            return null;
        }
        Matcher m = INPUT.matcher(trimmed);
        return m.matches() ? m.group(1) + m.group(2) + m.group(3) + m.group(4) : trimmed;
    }

    static Violation check(String value) {
        if (Digits.isBlank(value)) {
            return REQUIRED;
        }
        if (!Digits.isDigits(value, 11)) {
            return FORMAT;
        }
        if (Integer.parseInt(value, 0, 9, 10) <= LAST_UNCHECKED) {
            return null;
        }
        return checkNumber(value) == Integer.parseInt(value, 9, 11, 10) ? null : CHECKSUM;
    }

    /** S = Σ first nine digits × (9..1); S below 100 is the check; 100 and 101 give 00; otherwise S mod 101, 100 again giving 00. */
    private static int checkNumber(String value) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += Digits.at(value, i) * (9 - i);
        }
        if (sum < 100) {
            return sum;
        }
        if (sum <= 101) {
            return 0;
        }
        int rest = sum % 101;
        return rest == 100 ? 0 : rest;
    }
}
