package ru.reglament.process;

/** A status of a process, with the Russian name users see. */
public record ProcessStatus(String code, String name, boolean isFinal) {
}
