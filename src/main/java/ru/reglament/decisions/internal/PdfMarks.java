package ru.reglament.decisions.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * What is put on an existing PDF rather than rendered into it: the draft mark over every page, and a
 * signature sheet after the last one. The font is embedded (a subset), like every font of a decision.
 */
final class PdfMarks {

    static final String DRAFT = "ПРОЕКТ";
    static final String DRAFT_LINE = "ПРОЕКТ РЕШЕНИЯ — НЕ ПОДПИСАН";

    private final byte[] font;

    PdfMarks(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream("liberation/LiberationSans-Bold.ttf")) {
            if (in == null) throw new IllegalStateException("Font liberation/LiberationSans-Bold.ttf is not on the classpath");
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** «ПРОЕКТ» diagonally across each page, faint enough to read through, and a line at its top. */
    byte[] draft(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFont bold = PDType0Font.load(document, new ByteArrayInputStream(font), true);
            PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
            faint.setNonStrokingAlphaConstant(0.16f);
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getCropBox();
                try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                    content.saveGraphicsState();
                    content.setGraphicsStateParameters(faint);
                    content.setNonStrokingColor(0.75f, 0.1f, 0.1f);
                    float size = Math.min(box.getWidth(), box.getHeight()) / 4.2f;
                    float width = bold.getStringWidth(DRAFT) / 1000 * size;
                    Matrix at = Matrix.getRotateInstance(Math.toRadians(50), box.getLowerLeftX() + box.getWidth() / 2,
                            box.getLowerLeftY() + box.getHeight() / 2);
                    at.translate(-width / 2, -size / 3);
                    content.beginText();
                    content.setFont(bold, size);
                    content.setTextMatrix(at);
                    content.showText(DRAFT);
                    content.endText();
                    content.restoreGraphicsState();

                    content.setNonStrokingColor(0.75f, 0.1f, 0.1f);
                    float lineSize = 9;
                    float lineWidth = bold.getStringWidth(DRAFT_LINE) / 1000 * lineSize;
                    content.beginText();
                    content.setFont(bold, lineSize);
                    content.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - lineWidth) / 2,
                            box.getUpperRightY() - 10 * 72 / 25.4f);
                    content.showText(DRAFT_LINE);
                    content.endText();
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot mark the draft", e);
        }
    }

    /** The document's pages followed by the sheet's. */
    byte[] append(byte[] pdf, byte[] sheet) {
        try (PDDocument document = Loader.loadPDF(pdf); PDDocument tail = Loader.loadPDF(sheet)) {
            new PDFMergerUtility().appendDocument(document, tail);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append the signature sheet", e);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        document.save(out);
        return out.toByteArray();
    }
}
