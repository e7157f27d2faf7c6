package ru.reglament.process.internal;

import java.util.List;
import ru.reglament.process.ActionEffect;
import ru.reglament.process.FactSource;
import ru.reglament.process.ParameterType;
import ru.reglament.process.ProcessDefinitions;

/** Lets unit tests build the catalog from any location without Spring. */
public class TestAccess {

    public ProcessDefinitions load(String location, List<ActionEffect> effects, List<ParameterType> types,
            List<FactSource> facts) {
        return new ProcessCatalog(effects, types, facts, location);
    }
}
