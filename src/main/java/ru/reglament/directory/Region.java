package ru.reglament.directory;

/** A subject of the Russian Federation (субъект), by its two-digit code. */
public record Region(String code, String name) {
}
