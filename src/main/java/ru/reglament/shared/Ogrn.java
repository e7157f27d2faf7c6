package ru.reglament.shared;

/**
 * ОГРН — the main state registration number of a legal entity: 13 digits, the last one being
 * (first 12 digits as a number mod 11) mod 10.
 *
 * <p>Organisations of the platform (ОГВ, ОМСУ) are identified by it. An individual entrepreneur
 * has an {@link Ogrnip} instead; use {@link #isValidOgrnOrOgrnip} where either is acceptable.
 */
public record Ogrn(String value) {

    private static final Violation REQUIRED = Violation.required("ogrn", "ОГРН");
    private static final Violation FORMAT = Violation.format("ogrn", "ОГРН", "должен состоять из 13 цифр");
    private static final Violation CHECKSUM = Violation.checksum("ogrn", "ОГРН");

    /** Takes the canonical 13 digits; use {@link #of} for user input. */
    public Ogrn {
        Violation.throwIfPresent(check(value));
    }

    /** Parses user input: surrounding whitespace is ignored. */
    public static Ogrn of(String raw) {
        return new Ogrn(Digits.trim(raw));
    }

    public static boolean isValid(String raw) {
        return check(Digits.trim(raw)) == null;
    }

    /** True for a valid ОГРН (13 digits) or ОГРНИП (15 digits), e.g. for an applicant that may be either. */
    public static boolean isValidOgrnOrOgrnip(String raw) {
        return isValid(raw) || Ogrnip.isValid(raw);
    }

    static Violation check(String value) {
        if (Digits.isBlank(value)) {
            return REQUIRED;
        }
        if (!Digits.isDigits(value, 13)) {
            return FORMAT;
        }
        long body = Long.parseLong(value, 0, 12, 10);
        return body % 11 % 10 == Digits.at(value, 12) ? null : CHECKSUM;
    }
}
