package ru.reglament.process.internal;

import java.util.List;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.process.ProcessEffect;

/** Lets unit tests build the catalog from any location without Spring. */
public class TestAccess {

    public ProcessDefinitions load(String location, List<ProcessEffect> effects) {
        return new ProcessCatalog(effects, location);
    }
}
