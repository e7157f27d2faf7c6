package ru.reglament.printing.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a TrueType font without one of its tables, keeping every other table byte for byte.
 *
 * <p>Done once per face at start-up. The 'head' checksum adjustment goes stale, which neither
 * PDFBox nor PDF viewers check; the subset embedded in each PDF is rebuilt by PDFBox anyway.
 */
final class TrueTypeTables {

    private static final int HEADER = 12;
    private static final int RECORD = 16;

    private TrueTypeTables() {
    }

    static byte[] without(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int count = in.getShort(4) & 0xFFFF;
        if (font.length < HEADER + count * RECORD) {
            throw new IllegalArgumentException("Not a TrueType font: table directory is cut short");
        }

        record Table(int tag, int checksum, int offset, int length) {}
        int dropped = ByteBuffer.wrap(tag.getBytes(StandardCharsets.US_ASCII)).getInt();
        List<Table> kept = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = HEADER + i * RECORD;
            Table table = new Table(in.getInt(at), in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12));
            if (table.tag() != dropped) {
                kept.add(table);
            }
        }
        if (kept.size() == count) {
            return font;
        }

        int size = HEADER + kept.size() * RECORD;
        for (Table t : kept) {
            size += padded(t.length());
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        // The binary-search fields of the offset table, recomputed for the smaller directory.
        int entrySelector = 31 - Integer.numberOfLeadingZeros(kept.size());
        int searchRange = (1 << entrySelector) * RECORD;
        out.putInt(in.getInt(0))
                .putShort((short) kept.size())
                .putShort((short) searchRange)
                .putShort((short) entrySelector)
                .putShort((short) (kept.size() * RECORD - searchRange));

        int offset = HEADER + kept.size() * RECORD;
        for (Table t : kept) {
            out.putInt(t.tag()).putInt(t.checksum()).putInt(offset).putInt(t.length());
            offset += padded(t.length());
        }
        for (Table t : kept) {
            out.put(font, t.offset(), t.length());
            out.position(out.position() + padded(t.length()) - t.length());
        }
        return out.array();
    }

    /** Tables start on four-byte boundaries. */
    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
