package ru.reglament.printing;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import ru.reglament.printing.internal.Fonts;

/**
 * Renders well-formed XHTML to an A4 PDF with Liberation Serif embedded (as a subset) under its own
 * name and as the generic {@code serif}, so Cyrillic text never falls back to a Latin-only font.
 * Thread-safe: the fonts and their parsed metrics are shared, each call builds its own renderer.
 */
@Component
public class HtmlToPdf {

    /** The family documents name in their CSS. */
    public static final String FAMILY = Fonts.FAMILY;

    private final Fonts fonts = Fonts.load(HtmlToPdf.class.getClassLoader());

    /** @param baseUri where relative references (an image next to a template) resolve */
    public byte[] render(String xhtml, String baseUri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        fonts.registerWith(builder);
        // A4 even for a document that forgets its @page rule.
        builder.useDefaultPageSize(210, 297, PageSizeUnits.MM);
        builder.withHtmlContent(xhtml, baseUri);
        builder.withProducer("Reglament");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the PDF", e);
        }
        return out.toByteArray();
    }
}
