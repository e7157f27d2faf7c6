package ru.reglament.files;

/**
 * The storage port for files (documents, decisions, signatures). Files are content-addressed:
 * storing the same bytes twice yields the same key, so a retried upload stores nothing new.
 */
public interface FileStore {

    StoredFile put(byte[] content);

    byte[] get(String key);
}
