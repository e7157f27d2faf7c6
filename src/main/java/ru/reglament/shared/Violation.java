package ru.reglament.shared;

/**
 * One rule an identifier can break, with its code and Russian message.
 *
 * <p>Checks return a {@code Violation} (or {@code null}) instead of throwing, so that
 * {@code isValid} stays cheap on bulk imports; only the constructors turn it into an exception.
 */
record Violation(String rule, String message) {

    static Violation required(String code, String name) {
        return new Violation(code + ".required", name + ": значение не указано");
    }

    static Violation format(String code, String name, String expected) {
        return new Violation(code + ".format", name + ": " + expected);
    }

    static Violation checksum(String code, String name) {
        return new Violation(code + ".checksum", name + ": контрольное число не совпадает");
    }

    static Violation zeros(String code, String name) {
        return new Violation(code + ".zeros", name + ": не может состоять из одних нулей");
    }

    InvalidIdentifierException exception() {
        return new InvalidIdentifierException(rule, message);
    }

    static void throwIfPresent(Violation violation) {
        if (violation != null) {
            throw violation.exception();
        }
    }
}
