package ru.reglament.files;

/** A file kept in storage, referenced from the database by key and SHA-256 (hex), {@code size} in bytes. */
public record StoredFile(String key, String sha256, long size) {
}
