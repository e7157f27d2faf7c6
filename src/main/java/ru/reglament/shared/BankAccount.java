package ru.reglament.shared;

import java.util.Objects;

/**
 * The control key of a bank account number, which ties the 20-digit account to the bank's БИК.
 *
 * <p>The 23 digits "prefix + account" are weighted 7, 1, 3, 7, 1, 3…; the sum of the last digits
 * of the products must end in 0. The prefix is the last three digits of the БИК for a settlement
 * account, and {@code "0"} plus the БИК's fifth and sixth digits for a correspondent account (which
 * is opened at a division of the Bank of Russia).
 */
public final class BankAccount {

    private static final int[] WEIGHTS = {7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1};

    private static final Violation SETTLEMENT_REQUIRED =
            new Violation("settlement-account.required", "Расчётный счёт: значение не указано");
    private static final Violation SETTLEMENT_FORMAT =
            new Violation("settlement-account.format", "Расчётный счёт: должен состоять из 20 цифр");
    private static final Violation SETTLEMENT_CHECKSUM = new Violation("settlement-account.checksum",
            "Расчётный счёт: контрольный ключ не совпадает — проверьте номер счёта и БИК");

    private static final Violation CORRESPONDENT_REQUIRED =
            new Violation("correspondent-account.required", "Корреспондентский счёт: значение не указано");
    private static final Violation CORRESPONDENT_FORMAT =
            new Violation("correspondent-account.format", "Корреспондентский счёт: должен состоять из 20 цифр");
    private static final Violation CORRESPONDENT_CHECKSUM = new Violation("correspondent-account.checksum",
            "Корреспондентский счёт: контрольный ключ не совпадает — проверьте номер счёта и БИК");

    private BankAccount() {
    }

    /** Checks a settlement account ({@code расчётный счёт}) against its bank's БИК; surrounding whitespace is ignored. */
    public static void checkSettlementAccount(String account20, Bik bik) {
        Violation.throwIfPresent(settlementViolation(account20, bik));
    }

    /** Checks a bank's correspondent account ({@code корреспондентский счёт}) against its БИК; surrounding whitespace is ignored. */
    public static void checkCorrespondentAccount(String account20, Bik bik) {
        Violation.throwIfPresent(correspondentViolation(account20, bik));
    }

    public static boolean isValidSettlementAccount(String account20, Bik bik) {
        return settlementViolation(account20, bik) == null;
    }

    public static boolean isValidCorrespondentAccount(String account20, Bik bik) {
        return correspondentViolation(account20, bik) == null;
    }

    private static Violation settlementViolation(String account20, Bik bik) {
        Objects.requireNonNull(bik, "bik");
        return check(Digits.trim(account20), bik.value().substring(6, 9),
                SETTLEMENT_REQUIRED, SETTLEMENT_FORMAT, SETTLEMENT_CHECKSUM);
    }

    private static Violation correspondentViolation(String account20, Bik bik) {
        Objects.requireNonNull(bik, "bik");
        return check(Digits.trim(account20), "0" + bik.value().substring(4, 6),
                CORRESPONDENT_REQUIRED, CORRESPONDENT_FORMAT, CORRESPONDENT_CHECKSUM);
    }

    private static Violation check(String account, String prefix,
            Violation required, Violation format, Violation checksum) {
        if (Digits.isBlank(account)) {
            return required;
        }
        if (!Digits.isDigits(account, 20)) {
            return format;
        }
        String keyed = prefix + account;
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += Digits.at(keyed, i) * WEIGHTS[i] % 10;
        }
        return sum % 10 == 0 ? null : checksum;
    }
}
