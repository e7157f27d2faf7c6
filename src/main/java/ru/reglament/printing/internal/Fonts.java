package ru.reglament.printing.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fonts and their parsed metrics, loaded once and shared by every rendering. */
public final class Fonts {

    public static final String FAMILY = "Liberation Serif";

    private record Face(String resource, int weight, FontStyle style) {}

    private static final List<Face> FACES = List.of(
            new Face("liberation/LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("liberation/LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("liberation/LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("liberation/LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private final Map<Face, byte[]> bytes;
    private final FontMetricsCache metrics = new FontMetricsCache();

    private Fonts(Map<Face, byte[]> bytes) {
        this.bytes = bytes;
    }

    /** Fails at start-up rather than printing '#' for every Cyrillic letter later. */
    public static Fonts load(ClassLoader classLoader) {
        Map<Face, byte[]> bytes = new HashMap<>();
        for (Face face : FACES) {
            try (var in = classLoader.getResourceAsStream(face.resource())) {
                if (in == null) {
                    throw new IllegalStateException("Font " + face.resource()
                            + " is not on the classpath (com.github.librepdf:openpdf-fonts-extra)");
                }
                // PDFBox applies GSUB ligatures by compiling a regular expression over every ligature
                // of the face for each document: about three quarters of the rendering time (30 ms
                // down to 8 ms a page, measured), for no visible gain in Russian text; and an "fi"
                // ligature would only spoil copying an e-mail address out of the PDF.
                bytes.put(face, TrueTypeTables.without(in.readAllBytes(), "GSUB"));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read font " + face.resource(), e);
            }
        }
        return new Fonts(Map.copyOf(bytes));
    }

    public void registerWith(PdfRendererBuilder builder) {
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        for (Face face : FACES) {
            var supplier = new ByteArrayFontSupplier(face.resource(), bytes.get(face));
            // Subsetting keeps a one-page decision at tens of kilobytes instead of ~400 KB per face,
            // and loads a face only if the document uses it.
            builder.useFont(supplier, FAMILY, face.weight(), face.style(), true);
            // Also as the generic family, so an override that forgets font-family still gets
            // Cyrillic glyphs instead of falling back to the built-in Latin-only Times.
            builder.useFont(supplier, "serif", face.weight(), face.style(), true);
        }
    }
}
