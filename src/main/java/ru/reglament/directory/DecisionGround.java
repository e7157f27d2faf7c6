package ru.reglament.directory;

/** One ground a decision may cite (основание для отказа), from a service's configured list. */
public record DecisionGround(String code, String title) {
}
