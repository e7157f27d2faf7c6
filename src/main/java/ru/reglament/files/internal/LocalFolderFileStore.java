package ru.reglament.files.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.reglament.files.FileStore;
import ru.reglament.files.StoredFile;
import ru.reglament.shared.NotFoundException;

/** The default storage: a local folder, files named by their SHA-256 and written atomically. */
@Component
class LocalFolderFileStore implements FileStore {

    private final Path root;

    LocalFolderFileStore(@Value("${reglament.files.directory:data/files}") Path root) {
        this.root = root.toAbsolutePath();
    }

    @Override
    public StoredFile put(byte[] content) {
        String sha256 = sha256(content);
        Path target = path(sha256);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
                Files.write(temp, content);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store file " + sha256, e);
        }
        return new StoredFile(sha256, sha256, content.length);
    }

    @Override
    public byte[] get(String key) {
        if (!key.matches("[0-9a-f]{64}")) throw new NotFoundException("Файл не найден");
        try {
            return Files.readAllBytes(path(key));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new NotFoundException("Файл не найден");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
