package ru.reglament.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes live: a local folder or an S3 bucket, chosen by {@code reglament.files.storage}.
 * Each file is named by its content's SHA-256 and written once; {@link StoredFiles} does the
 * hashing, the checking and the record in PostgreSQL.
 */
interface FileStorage {

    /**
     * The folder an upload is received into before it is named, on the storage's own file system
     * where it has one (so that storing it is a rename).
     */
    Path incoming();

    /** Takes the received file in under the name: moved, or uploaded. */
    void store(String name, Path received, long size, String contentType) throws IOException;

    /** @throws java.nio.file.NoSuchFileException when nothing is stored under the name */
    InputStream read(String name) throws IOException;

    boolean exists(String name) throws IOException;

    /** Where the storage is, for the start-up log. */
    String describe();
}
