package ru.reglament.staff;

import java.util.List;

/** An employee (or a technical client) with their roles per organisation. */
public record Employee(long id, String login, String fullName, String position, String email,
        boolean active, List<Membership> memberships) {
}
