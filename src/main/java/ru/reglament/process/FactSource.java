package ru.reglament.process;

import java.util.Set;

/**
 * Contributes facts that transitions test with {@code when}/{@code unless} (e.g. {@code draft-grant}
 * from the decisions module), as a bean of the module that knows them. The engine asks a source only
 * when a transition that could apply in the application's status tests one of its facts.
 */
public interface FactSource {

    /** Every fact this source may establish; the catalog refuses a definition testing a fact no source knows. */
    Set<String> facts();

    /** Adds to {@code holding} those of its facts that hold for the application now. */
    void establish(ApplicationSnapshot application, Lookups lookups, Set<String> holding);
}
