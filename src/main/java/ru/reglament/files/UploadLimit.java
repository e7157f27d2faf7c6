package ru.reglament.files;

import java.io.IOException;
import java.io.InputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import ru.reglament.shared.PayloadTooLargeException;

/**
 * The largest upload of one kind, and reading an upload under it. A body is refused by its declared
 * length before a byte is read, and otherwise read no further than one byte past the limit, so an
 * oversized upload never takes more memory than the limit itself.
 */
public final class UploadLimit {

    /** The rule an oversized upload breaks, as the API's problem and the form's message name it. */
    public static final String TOO_LARGE = "file.too-large";

    private static final int FIRST_CHUNK = 64 * 1024;

    private final String kind;
    private final long maxBytes;

    public UploadLimit(String kind, long maxBytes) {
        // Uploads are held as one byte array until the files module streams them.
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("Upload limit of " + kind + " must be 1 byte to 2 GB, not " + maxBytes);
        }
        this.kind = kind;
        this.maxBytes = maxBytes;
    }

    public String kind() {
        return kind;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Refuses an upload whose size is known (a multipart file, a Content-Length) and too large; -1 is unknown. */
    public void check(long size, String field) {
        if (size > maxBytes) throw tooLarge(field);
    }

    /**
     * Reads the whole upload, refusing it as soon as it proves larger than the limit.
     *
     * @param declaredLength the length the sender declared (Content-Length, a part's size), or -1
     * @param field the form or API field the upload came in, named in the refusal
     */
    public byte[] read(InputStream in, long declaredLength, String field) throws IOException {
        check(declaredLength, field);
        byte[] buffer = new byte[declaredLength >= 0 ? (int) declaredLength : (int) Math.min(FIRST_CHUNK, maxBytes)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                int next = in.read();
                if (next < 0) return buffer;
                if (length >= maxBytes) throw tooLarge(field);
                buffer = Arrays.copyOf(buffer, (int) Math.min(Math.max(2L * length, FIRST_CHUNK), maxBytes));
                buffer[length++] = (byte) next;
                continue;
            }
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) return Arrays.copyOf(buffer, length);
            length += read;
        }
    }

    /**
     * The upload as a stream that refuses it (throws {@link PayloadTooLargeException}) as soon as more
     * than the limit has been read: for uploads streamed into storage rather than held.
     */
    public InputStream limited(InputStream in, long declaredLength, String field) {
        check(declaredLength, field);
        return new java.io.FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) count(1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) count(n);
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > maxBytes) throw tooLarge(field);
            }
        };
    }

    public PayloadTooLargeException tooLarge(String field) {
        return new PayloadTooLargeException(field, TOO_LARGE,
                "Файл больше допустимого размера " + megabytes(maxBytes) + " МБ", maxBytes);
    }

    /** The limit as a person reads it: whole megabytes, or one decimal below them ({@code 0,5}). */
    static String megabytes(long bytes) {
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru")));
        return format.format(bytes / (1024.0 * 1024.0));
    }

    @Override
    public String toString() {
        return kind + " ≤ " + maxBytes + " bytes";
    }
}
