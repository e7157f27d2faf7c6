package ru.reglament.process;

/**
 * Implemented by the modules that carry out a named effect of an action. The catalog refuses to
 * start with a definition naming an effect nobody implements.
 */
public interface ProcessEffect {

    String name();
}
