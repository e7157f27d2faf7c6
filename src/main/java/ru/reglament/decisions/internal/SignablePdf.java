package ru.reglament.decisions.internal;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import ru.reglament.shared.InvalidInputException;

/**
 * Whether uploaded bytes are a PDF an official may sign: one that parses, has a page, and is not
 * encrypted, since the signature covers exactly these bytes and everyone who checks it must be able
 * to read what was signed. Only checks: the bytes stored and signed are the uploaded ones, never a
 * re-serialised copy.
 */
final class SignablePdf {

    static final String NOT_PDF = "file.not-pdf";
    static final String ENCRYPTED = "file.encrypted";

    /** Scratch space while parsing: a little heap, then a temporary file, never more heap. */
    private static final long SCRATCH_IN_MEMORY = 1024 * 1024;

    private SignablePdf() {
    }

    static void require(byte[] pdf, String field) {
        boolean encrypted;
        int pages = 0;
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf), "", null, null,
                MemoryUsageSetting.setupMixed(SCRATCH_IN_MEMORY).streamCache)) {
            encrypted = document.isEncrypted();
            // Walks the page tree rather than trusting its declared /Count.
            if (!encrypted) for (var ignored : document.getPages()) pages++;
        } catch (InvalidPasswordException e) {
            encrypted = true;
        } catch (IOException | RuntimeException e) {
            // A parser of hostile bytes fails in many ways; each means the same to the uploader.
            throw new InvalidInputException(field, NOT_PDF, "Файл не читается как PDF: загрузите проект решения в формате PDF");
        }
        if (encrypted) {
            throw new InvalidInputException(field, ENCRYPTED, "PDF зашифрован или защищён паролем: загрузите документ "
                    + "без защиты, чтобы подписанное мог прочитать каждый");
        }
        if (pages < 1) throw new InvalidInputException(field, NOT_PDF, "В PDF нет ни одной страницы");
    }
}
