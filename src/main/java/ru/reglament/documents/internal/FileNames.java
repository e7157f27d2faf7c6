package ru.reglament.documents.internal;

/** A file name as a browser or the portal sent it, made safe to keep and to send back in a header. */
final class FileNames {

    private FileNames() {
    }

    static String sanitised(String name) {
        if (name == null) return "документ";
        // Only the last part of a path (C:\Users\…\скан.pdf, ../../etc/passwd).
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        last.codePoints().filter(c -> !Character.isISOControl(c) && "<>:\"|?*".indexOf(c) < 0)
                .forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        while (result.startsWith(".")) result = result.substring(1);
        if (result.isBlank()) return "документ";
        return result.length() > 200 ? result.substring(result.length() - 200) : result;
    }
}
