/**
 * The documents of an application («Документы»): the applicant's and those its organisation adds while
 * working it, typed by the service's list ({@code documents/document-types.yaml}), their content told by
 * its bytes (Apache Tika), kept through the {@code files} storage port and checked on every download.
 * A module of its own above {@code applications}: {@code files} sits below it (decisions store their
 * PDFs there), so documents reading applications from inside {@code files} would close a cycle.
 */
package ru.reglament.documents;
