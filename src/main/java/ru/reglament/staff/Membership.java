package ru.reglament.staff;

import java.io.Serializable;

/** A role held in one organisation; {@code organisationId} is null for technical roles. */
public record Membership(Integer organisationId, Role role) implements Serializable {
}
