package ru.reglament.staff;

/** A role held in one organisation; {@code organisationId} is null for technical roles. */
public record Membership(Integer organisationId, Role role) {
}
