package ru.reglament.files.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import ru.reglament.files.CorruptedFileException;
import ru.reglament.files.StoredFile;

/**
 * Hashes what passes through and, at the end, throws a {@link CorruptedFileException} (after
 * {@code corrupted} has logged it) when the content is not the file recorded.
 */
final class VerifyingInputStream extends FilterInputStream {

    private final StoredFile file;
    private final UnaryOperator<CorruptedFileException> corrupted;
    private final MessageDigest sha256 = StoredFiles.sha256();
    private long read;
    private boolean checked;

    VerifyingInputStream(InputStream in, StoredFile file, UnaryOperator<CorruptedFileException> corrupted) {
        super(in);
        this.file = file;
        this.corrupted = corrupted;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) check();
        else {
            sha256.update((byte) b);
            read++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) check();
        else {
            sha256.update(buffer, offset, n);
            read += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes must be hashed too.
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) break;
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check() {
        if (checked) return;
        checked = true;
        String actual = HexFormat.of().formatHex(sha256.digest());
        if (file.size() >= 0 && read != file.size()) {
            throw corrupted.apply(new CorruptedFileException(file.key(), "прочитано " + read + " байт из " + file.size()));
        } else if (!actual.equals(file.sha256())) {
            throw corrupted.apply(new CorruptedFileException(file.key(), "SHA-256 содержимого " + actual));
        }
    }
}
