package ru.reglament.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a document is, told by its first bytes (Apache Tika's magic numbers), never by its name: an
 * executable named {@code скан.pdf} is an executable. Only the types {@code reglament.documents.allowed-types}
 * lists are taken.
 */
@Component
class ContentTypes {

    private final Tika tika = new Tika();
    private final Set<String> allowed;

    ContentTypes(@Value("${reglament.documents.allowed-types:application/pdf,image/jpeg,image/png,image/tiff,"
            + "application/x-tika-ooxml,application/x-tika-msoffice,application/vnd.oasis.opendocument.text,"
            + "application/vnd.oasis.opendocument.spreadsheet,application/xml,text/plain,application/pkcs7-signature}")
            List<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** Reads the stream's first bytes and puts them back ({@code in} must support mark, as a BufferedInputStream does). */
    String detect(InputStream in) throws IOException {
        return tika.detect(in);
    }

    boolean allowed(String contentType) {
        return allowed.contains(contentType);
    }

    Set<String> allowedTypes() {
        return allowed;
    }
}
