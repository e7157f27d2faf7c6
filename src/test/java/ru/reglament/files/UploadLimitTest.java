package ru.reglament.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import ru.reglament.shared.PayloadTooLargeException;

class UploadLimitTest {

    private static final int LIMIT = 100_000;
    private final UploadLimit limit = new UploadLimit("decision-document", LIMIT);

    @Test
    void readsAnUploadOfExactlyTheLimitWithOrWithoutItsDeclaredLength() throws IOException {
        byte[] content = bytes(LIMIT);
        assertThat(limit.read(new ByteArrayInputStream(content), LIMIT, "document")).isEqualTo(content);
        assertThat(limit.read(new ByteArrayInputStream(content), -1, "document")).isEqualTo(content);
        assertThat(limit.read(new ByteArrayInputStream(new byte[0]), -1, "document")).isEmpty();
    }

    @Test
    void refusesAnUploadOfUnknownLengthAfterReadingOneBytePastTheLimit() {
        Counting in = new Counting(new ByteArrayInputStream(bytes(30 * LIMIT)));
        assertThatThrownBy(() -> limit.read(in, -1, "document"))
                .isInstanceOfSatisfying(PayloadTooLargeException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("document");
                    assertThat(e.violations().get(0).rule()).isEqualTo("file.too-large");
                    assertThat(e.limitBytes()).isEqualTo(LIMIT);
                });
        assertThat(in.read).isEqualTo(LIMIT + 1);
    }

    @Test
    void refusesAnUploadByItsDeclaredLengthBeforeReadingAnything() {
        Counting in = new Counting(new ByteArrayInputStream(bytes(2 * LIMIT)));
        assertThatThrownBy(() -> limit.read(in, LIMIT + 1, "document")).isInstanceOf(PayloadTooLargeException.class);
        assertThat(in.read).isZero();
    }

    @Test
    void aBodyLongerThanItDeclaredIsStillCutAtTheLimit() {
        Counting in = new Counting(new ByteArrayInputStream(bytes(3 * LIMIT)));
        assertThatThrownBy(() -> limit.read(in, 10, "document")).isInstanceOf(PayloadTooLargeException.class);
        assertThat(in.read).isEqualTo(LIMIT + 1);
    }

    @Test
    void tellsThePersonTheLimitInMegabytes() {
        assertThat(new UploadLimit("x", 20L * 1024 * 1024).tooLarge("document").violations().get(0).message())
                .isEqualTo("Файл больше допустимого размера 20 МБ");
        assertThat(new UploadLimit("x", 512 * 1024).tooLarge("document").getMessage())
                .endsWith("0,5 МБ");
    }

    private static byte[] bytes(int n) {
        byte[] content = new byte[n];
        Arrays.fill(content, (byte) 'x');
        content[n - 1] = 'y';
        return content;
    }

    /** Counts what the reader took from the sender. */
    private static final class Counting extends FilterInputStream {

        long read;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) read++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) read += n;
            return n;
        }
    }
}
