package ru.reglament.shared;

/** Nothing the caller may see exists under this identifier: 404 (also for another organisation's records). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
