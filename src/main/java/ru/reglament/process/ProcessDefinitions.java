package ru.reglament.process;

import java.util.Collection;

/** The catalog of loaded process definitions, every version kept: an application keeps the version it started with. */
public interface ProcessDefinitions {

    /** In a transition's {@code from}: every non-final status. */
    String ANY = "any";

    ProcessDefinition current(String code);

    ProcessDefinition version(String code, int version);

    /** Every loaded version of every process. */
    Collection<ProcessDefinition> all();

    /** The newest version of each process: what new applications start with. */
    Collection<ProcessDefinition> currentVersions();
}
