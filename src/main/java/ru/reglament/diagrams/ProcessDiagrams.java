package ru.reglament.diagrams;

import java.util.Locale;
import ru.reglament.process.ProcessDefinition;

/** Draws process definitions; a drawing is made once per version and language. */
public interface ProcessDiagrams {

    ProcessDiagram of(ProcessDefinition process, Locale locale);
}
