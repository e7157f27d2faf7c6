/**
 * Process diagrams: a process definition drawn as statuses (boxes) and the actions between them
 * (labelled arrows), laid out by the Eclipse Layout Kernel's layered algorithm. The card and the
 * platform administrator's «Процессы» page draw the same {@link ru.reglament.diagrams.ProcessDiagram}.
 */
package ru.reglament.diagrams;
