package ru.reglament.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.reglament.files.CorruptedFileException;
import ru.reglament.files.FileStore;
import ru.reglament.files.StoredFile;
import ru.reglament.shared.NotFoundException;

/**
 * The platform's {@link FileStore}: streams an upload to a file in the storage's {@code incoming}
 * folder while hashing it (memory stays at a buffer's size whatever the file's), names it by its
 * SHA-256, hands it to the storage (the same name for the same content), and records it in {@code files_file}
 * (in the caller's transaction, if any). Reading checks the SHA-256 on the way.
 */
@Component
class StoredFiles implements FileStore {

    private static final Logger log = LoggerFactory.getLogger(StoredFiles.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final FileStorage storage;
    private final JdbcClient jdbc;
    private final Clock clock;

    StoredFiles(FileStorage storage, JdbcClient jdbc, Clock clock) {
        this.storage = storage;
        this.jdbc = jdbc;
        this.clock = clock;
        log.info("Files are kept in the {}", storage.describe());
    }

    @Override
    public StoredFile put(InputStream content, String contentType) {
        Path received = null;
        try {
            received = Files.createTempFile(storage.incoming(), "upload-", ".part");
            MessageDigest sha256 = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(received), sha256)) {
                size = content.transferTo(out);
            }
            String key = HexFormat.of().formatHex(sha256.digest());
            // Written even when the storage has it: a copy damaged since is replaced by the good one.
            storage.store(key, received, size, contentType);
            jdbc.sql("""
                    insert into files_file (key, sha256, size, content_type, stored_at) values (?, ?, ?, ?, ?)
                    on conflict (key) do nothing""")
                    .params(key, key, size, contentType, Timestamp.from(clock.instant())).update();
            return new StoredFile(key, key, size, contentType);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a file in the " + storage.describe(), e);
        } finally {
            if (received != null) deleteQuietly(received);
        }
    }

    @Override
    public StoredFile describe(String key) {
        if (key == null || !KEY.matcher(key).matches()) throw new NotFoundException("Файл не найден");
        Optional<StoredFile> recorded = jdbc.sql("select key, sha256, size, content_type from files_file where key = ?")
                .param(key).query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .optional();
        if (recorded.isPresent()) return recorded.get();
        try {
            // Stored before files were recorded: its key is its SHA-256 all the same; the size is unknown.
            if (storage.exists(key)) return new StoredFile(key, key, -1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach the " + storage.describe(), e);
        }
        throw new NotFoundException("Файл не найден");
    }

    @Override
    public InputStream open(String key) {
        StoredFile file = describe(key);
        try {
            return new VerifyingInputStream(storage.read(key), file, this::corrupted);
        } catch (NoSuchFileException e) {
            throw corrupted(new CorruptedFileException(key, "записан, но в хранилище его нет"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read file " + key + " from the " + storage.describe(), e);
        }
    }

    @Override
    public void verify(String key) {
        try (InputStream in = open(key)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read file " + key + " from the " + storage.describe(), e);
        }
    }

    /** Logged loudly, then thrown by the caller. */
    private CorruptedFileException corrupted(CorruptedFileException problem) {
        log.error("Stored file {} is corrupted in the {}: {}", problem.key(), storage.describe(), problem.getMessage());
        return problem;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete the received file {}", file, e);
        }
    }
}
