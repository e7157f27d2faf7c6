package ru.reglament.shared;

/**
 * ИНН — taxpayer number: 10 digits for a legal entity, 12 for a person (including an individual
 * entrepreneur). Each check digit is (Σ digit × weight mod 11) mod 10.
 */
public record Inn(String value) {

    private static final int[] LEGAL_ENTITY = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] PERSON_11TH = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] PERSON_12TH = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private static final Violation REQUIRED = Violation.required("inn", "ИНН");
    private static final Violation FORMAT = Violation.format("inn", "ИНН", "должен состоять из 10 или 12 цифр");
    private static final Violation CHECKSUM = Violation.checksum("inn", "ИНН");

    /** Takes the canonical 10 or 12 digits; use {@link #of} for user input. */
    public Inn {
        Violation.throwIfPresent(check(value));
    }

    /** Parses user input: surrounding whitespace is ignored. */
    public static Inn of(String raw) {
        return new Inn(Digits.trim(raw));
    }

    public static boolean isValid(String raw) {
        return check(Digits.trim(raw)) == null;
    }

    /** A 10-digit ИНН belongs to an organisation; a 12-digit one to a person. */
    public boolean isLegalEntity() {
        return value.length() == 10;
    }

    static Violation check(String value) {
        if (Digits.isBlank(value)) {
            return REQUIRED;
        }
        if (!Digits.isDigits(value) || (value.length() != 10 && value.length() != 12)) {
            return FORMAT;
        }
        boolean matches = value.length() == 10
                ? checkDigit(value, LEGAL_ENTITY) == Digits.at(value, 9)
                : checkDigit(value, PERSON_11TH) == Digits.at(value, 10)
                        && checkDigit(value, PERSON_12TH) == Digits.at(value, 11);
        return matches ? null : CHECKSUM;
    }

    private static int checkDigit(String value, int[] weights) {
        return Digits.weightedSum(value, weights) % 11 % 10;
    }
}
