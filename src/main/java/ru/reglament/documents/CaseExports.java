package ru.reglament.documents;

import java.io.InputStream;
import java.util.List;
import ru.reglament.access.Actor;

/**
 * «Выгрузка»: a case packed into one zip, for the archive or another system: the decision and its
 * detached signature (CAdES, {@code .sig}), every document of the application, and {@code manifest.json}
 * (each file's name, size and SHA-256, and the application's data). Built as a stream to storage, so
 * a case of gigabytes takes a buffer's memory; listed with who made it and when.
 */
public interface CaseExports {

    ExportPackage export(long applicationId, Actor actor);

    List<ExportPackage> of(long applicationId, Actor actor);

    /** The package and its content, checked against its SHA-256 first. */
    Download download(long applicationId, long exportId, Actor actor);

    record Download(ExportPackage export, InputStream content) {
    }
}
