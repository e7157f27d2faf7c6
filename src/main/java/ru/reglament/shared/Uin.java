package ru.reglament.shared;

/**
 * УИН — unique accrual identifier of a charge in ГИС ГМП (the state payments system).
 *
 * <p>The 20-character form is 19 digits and a check digit; the 25-digit form has no check digit
 * this platform can verify and is accepted by format only.
 */
public record Uin(String value) {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final int[] SHIFTED_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1};

    private static final Violation REQUIRED = Violation.required("uin", "УИН");
    private static final Violation FORMAT = Violation.format("uin", "УИН", "должен состоять из 20 или 25 цифр");
    private static final Violation CHECKSUM = new Violation("uin.checksum", "УИН: контрольный разряд не совпадает");

    /** Takes the canonical 20 or 25 digits; use {@link #of} for user input. */
    public Uin {
        Violation.throwIfPresent(check(value));
    }

    /** Parses user input: surrounding whitespace is ignored. */
    public static Uin of(String raw) {
        return new Uin(Digits.trim(raw));
    }

    public static boolean isValid(String raw) {
        return check(Digits.trim(raw)) == null;
    }

    /**
     * Completes the 19 digits an accrual administrator composes into a 20-digit УИН by appending
     * the check digit; for issuing charges.
     */
    public static Uin withCheckDigit(String nineteenDigits) {
        if (nineteenDigits == null || !Digits.isDigits(nineteenDigits, 19)) {
            throw new IllegalArgumentException("A УИН body is 19 digits");
        }
        return new Uin(nineteenDigits + checkDigit(nineteenDigits));
    }

    /** True for the 20-digit form, the one that carries a check digit. */
    public boolean hasCheckDigit() {
        return value.length() == 20;
    }

    static Violation check(String value) {
        if (Digits.isBlank(value)) {
            return REQUIRED;
        }
        if (!Digits.isDigits(value) || (value.length() != 20 && value.length() != 25)) {
            return FORMAT;
        }
        if (value.length() == 25) {
            return null;
        }
        return checkDigit(value) == Digits.at(value, 19) ? null : CHECKSUM;
    }

    /** Σ digit × weight mod 11 with weights 1..10,1..9; a result of 10 is retried with weights shifted by two, then taken as 0. */
    private static int checkDigit(String value) {
        int rest = Digits.weightedSum(value, FIRST_WEIGHTS) % 11;
        if (rest == 10) {
            rest = Digits.weightedSum(value, SHIFTED_WEIGHTS) % 11;
        }
        return rest == 10 ? 0 : rest;
    }
}
