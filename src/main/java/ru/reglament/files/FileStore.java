package ru.reglament.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The storage port for files (documents, decisions, signatures, export packages). Files go in and out
 * as streams, never whole in memory. Files are content-addressed: storing the same bytes twice yields
 * the same key and stores nothing new, so a retried upload is harmless. Each file's key, size,
 * content type and SHA-256 are recorded in PostgreSQL; reading checks the SHA-256.
 */
public interface FileStore {

    /** Stores the stream's content (read to its end, not closed). */
    StoredFile put(InputStream content, String contentType);

    /**
     * The file's content. The stream throws {@link CorruptedFileException} at its end when what was
     * read does not match the SHA-256 recorded; a caller that must not hand out a corrupted file before
     * knowing checks it with {@link #verify} first.
     *
     * @throws ru.reglament.shared.NotFoundException when nothing is stored under the key
     */
    InputStream open(String key);

    /**
     * Reads the file through once and checks its SHA-256 and size.
     *
     * @throws CorruptedFileException when they do not match what was recorded
     */
    void verify(String key);

    /** What was recorded of the file when it was stored. */
    StoredFile describe(String key);

    default StoredFile put(byte[] content) {
        return put(new ByteArrayInputStream(content), "application/octet-stream");
    }

    /** The whole content, for the small files read whole anyway (a decision's PDF to stamp). */
    default byte[] get(String key) {
        try (InputStream in = open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read file " + key, e);
        }
    }
}
