package ru.reglament.shared;

import java.util.Objects;

/**
 * An identifier (ИНН, СНИЛС, ОГРН…) failed one of its checks.
 *
 * <p>{@link #rule()} is a stable English code such as {@code snils.checksum} that clients and the
 * problem+json mapping can rely on; the message is Russian and meant for the person who typed the
 * value. Neither contains the rejected value: a СНИЛС or a person's ИНН is personal data and must not
 * end up in logs through an exception message.
 */
public final class InvalidIdentifierException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String rule;

    public InvalidIdentifierException(String rule, String message) {
        super(message);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** The violated rule, e.g. {@code inn.checksum}; stable across releases. */
    public String rule() {
        return rule;
    }
}
