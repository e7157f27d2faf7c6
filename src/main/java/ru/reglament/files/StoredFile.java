package ru.reglament.files;

/**
 * A file kept in storage, referenced from the database by key and SHA-256 (hex), {@code size} in bytes;
 * {@code contentType} as recorded when it was stored, null where not known.
 */
public record StoredFile(String key, String sha256, long size, String contentType) {

    public StoredFile(String key, String sha256, long size) {
        this(key, sha256, size, null);
    }
}
