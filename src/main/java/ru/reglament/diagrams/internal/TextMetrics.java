package ru.reglament.diagrams.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Widths of text as a browser draws it in Arial: measured with Liberation Sans, whose glyphs are
 * Arial's widths by design, so the boxes fit the text on an office PC and on Linux alike.
 */
final class TextMetrics {

    private final float unitsPerEm;
    private final CmapLookup cmap;
    private final TrueTypeFont font;

    private TextMetrics(TrueTypeFont font) throws IOException {
        this.font = font;
        this.unitsPerEm = font.getUnitsPerEm();
        this.cmap = font.getUnicodeCmapLookup();
    }

    static TextMetrics load(String resource) {
        try (InputStream in = TextMetrics.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Font " + resource + " is not on the classpath");
            return new TextMetrics(new TTFParser().parse(new RandomAccessReadBuffer(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }

    double width(String text, double size) {
        double units = 0;
        try {
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                units += font.getAdvanceWidth(cmap.getGlyphId(codePoint));
                i += Character.charCount(codePoint);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return units / unitsPerEm * size;
    }

    /** The text broken at spaces into lines no wider than {@code max} (a longer word keeps its own line). */
    List<String> wrap(String text, double size, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate, size) > max) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }
}
