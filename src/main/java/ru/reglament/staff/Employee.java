package ru.reglament.staff;

import java.util.List;

/**
 * An employee (or a technical client) with their roles per organisation; {@code snils} as ЕСИА vouched
 * for it, null until the person logged in through it.
 */
public record Employee(long id, String login, String fullName, String position, String email,
        boolean active, List<Membership> memberships, String snils) {
}
