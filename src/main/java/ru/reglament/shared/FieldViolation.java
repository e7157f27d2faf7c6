package ru.reglament.shared;

/**
 * One broken rule of one input field: what a problem+json answer and a form message name.
 *
 * @param field the field's path in the request, e.g. {@code applicant.snils} or {@code line 4: CODE}
 * @param rule a stable English rule code, e.g. {@code snils.checksum}, {@code required}
 * @param message what a person reads, in Russian
 */
public record FieldViolation(String field, String rule, String message) {
}
