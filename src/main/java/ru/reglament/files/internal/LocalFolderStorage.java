package ru.reglament.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The default storage: a local folder ({@code reglament.files.directory}), each file at
 * {@code ab/abcdef…} by its SHA-256, received in {@code .incoming} and renamed into place atomically.
 */
@Component
@ConditionalOnProperty(name = "reglament.files.storage", havingValue = "local", matchIfMissing = true)
class LocalFolderStorage implements FileStorage {

    private final Path root;
    private final Path incoming;

    LocalFolderStorage(@Value("${reglament.files.directory:data/files}") Path root) {
        this.root = root.toAbsolutePath();
        this.incoming = this.root.resolve(".incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the files folder " + incoming, e);
        }
    }

    @Override
    public Path incoming() {
        return incoming;
    }

    @Override
    public void store(String name, Path received, long size, String contentType) throws IOException {
        Path target = path(name);
        Files.createDirectories(target.getParent());
        try {
            Files.move(received, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(received, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public InputStream read(String name) throws IOException {
        return Files.newInputStream(path(name));
    }

    @Override
    public boolean exists(String name) {
        return Files.exists(path(name));
    }

    @Override
    public String describe() {
        return "local folder " + root;
    }

    /** Where a file lies: for tests that damage one as a disk would. */
    Path path(String name) {
        return root.resolve(name.substring(0, 2)).resolve(name);
    }
}
