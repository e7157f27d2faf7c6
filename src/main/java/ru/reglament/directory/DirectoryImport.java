package ru.reglament.directory;

/** The ЕСНСИ donor table in and out: CSV import (all-or-nothing, with a line-by-line report) and export in the same format. */
public interface DirectoryImport {

    /**
     * Upserts organisations and the services they provide. Any bad line means nothing is written:
     * {@link ru.reglament.shared.InvalidInputException} lists every bad line with its number, column and rule.
     */
    DirectoryImportResult importDonorTable(byte[] csv);

    byte[] exportDonorTable();
}
