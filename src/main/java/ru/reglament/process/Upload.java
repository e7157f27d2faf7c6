package ru.reglament.process;

/**
 * A file sent with an action (a decision draft, later a document), already read at the edge through
 * its upload limit. {@link #toString()} leaves the bytes out.
 */
public record Upload(String fileName, String contentType, byte[] bytes) {

    public int size() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "Upload[" + fileName + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
