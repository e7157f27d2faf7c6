package ru.reglament.toy;

/** The toy module's own event: an application was stamped. */
public record ToyStamped(long applicationId, String text, String stampedBy) {
}
