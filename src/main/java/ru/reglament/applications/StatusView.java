package ru.reglament.applications;

/** A status as users see it: the code and its Russian name. */
public record StatusView(String code, String name) {
}
