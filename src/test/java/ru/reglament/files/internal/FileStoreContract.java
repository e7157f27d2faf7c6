package ru.reglament.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import ru.reglament.files.CorruptedFileException;
import ru.reglament.files.FileStore;
import ru.reglament.files.StoredFile;
import ru.reglament.shared.NotFoundException;

/**
 * What every storage adapter must do behind {@link FileStore}, run against each: content comes back
 * as it went in, the same content is one file, a damaged file is refused loudly, nothing else is found.
 */
abstract class FileStoreContract {

    abstract FileStore store();

    /** Damages the stored file as a failing disk or a bucket's bit rot would: one byte flipped. */
    abstract void flipAByteOf(String key) throws IOException;

    @Test
    void aFileComesBackAsItWentInStreamedBothWays() throws Exception {
        long size = 3 * 1024 * 1024 + 17;
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        StoredFile stored = store().put(new DigestInputStream(new RandomBytes(size), sent), "application/pdf");
        String expected = HexFormat.of().formatHex(sent.digest());

        assertThat(stored.sha256()).isEqualTo(expected);
        assertThat(stored.key()).isEqualTo(expected);
        assertThat(stored.size()).isEqualTo(size);
        assertThat(store().describe(stored.key())).isEqualTo(stored);
        MessageDigest received = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(store().open(stored.key()), received)) {
            assertThat(in.transferTo(java.io.OutputStream.nullOutputStream())).isEqualTo(size);
        }
        assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(expected);
        store().verify(stored.key());
    }

    @Test
    void theSameContentStoredTwiceIsOneFile() {
        byte[] content = ("Заявление о выдаче разрешения на строительство " + java.util.UUID.randomUUID())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StoredFile first = store().put(content);
        StoredFile again = store().put(content);
        assertThat(again).isEqualTo(first);
        assertThat(store().get(first.key())).isEqualTo(content);
    }

    @Test
    void aFlippedByteIsRefusedLoudly() throws Exception {
        StoredFile stored = store().put(new RandomBytes(200_000), "image/png");
        flipAByteOf(stored.key());

        assertThatThrownBy(() -> store().verify(stored.key())).isInstanceOf(CorruptedFileException.class)
                .hasMessageContaining(stored.key()).hasMessageContaining("повреждён");
        assertThatThrownBy(() -> store().get(stored.key())).isInstanceOf(CorruptedFileException.class);
    }

    @Test
    void storingTheContentAgainRepairsADamagedCopy() throws Exception {
        byte[] content = new RandomBytes(50_000).readAllBytes();
        StoredFile stored = store().put(content);
        flipAByteOf(stored.key());
        assertThatThrownBy(() -> store().verify(stored.key())).isInstanceOf(CorruptedFileException.class);

        assertThat(store().put(content)).isEqualTo(stored);
        assertThat(store().get(stored.key())).isEqualTo(content);
    }

    @Test
    void nothingElseIsFound() {
        assertThatThrownBy(() -> store().open("0".repeat(64))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store().open("../../etc/passwd")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store().describe(null)).isInstanceOf(NotFoundException.class);
    }

    /** {@code size} pseudo-random bytes made as they are read, never held whole. */
    static final class RandomBytes extends InputStream {
        private final Random random;
        private long left;

        RandomBytes(long size) {
            this.left = size;
            this.random = new Random();
        }

        @Override
        public int read() {
            if (left == 0) return -1;
            left--;
            return random.nextInt(256);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) return -1;
            int n = (int) Math.min(length, left);
            byte[] chunk = new byte[n];
            random.nextBytes(chunk);
            System.arraycopy(chunk, 0, buffer, offset, n);
            left -= n;
            return n;
        }
    }
}
