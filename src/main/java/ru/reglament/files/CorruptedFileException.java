package ru.reglament.files;

/**
 * A stored file no longer has the content recorded for it: a flipped byte on disk or in the bucket, a
 * truncated object. Never handed out as if it were the file; the log says which one.
 */
public class CorruptedFileException extends RuntimeException {

    private final String key;

    public CorruptedFileException(String key, String detail) {
        super("Файл " + key + " повреждён в хранилище: " + detail
                + ". Сообщите администратору: файл нужно восстановить из резервной копии");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
