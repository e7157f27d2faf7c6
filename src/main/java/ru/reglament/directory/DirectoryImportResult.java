package ru.reglament.directory;

/** What an import changed. Importing the same file again changes nothing: all counts but {@code unchanged} are zero. */
public record DirectoryImportResult(int lines, int organisationsCreated, int organisationsUpdated,
        int organisationsUnchanged, int servicesLinked, int regionsCreated) {
}
