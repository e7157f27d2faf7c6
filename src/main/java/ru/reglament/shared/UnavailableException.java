package ru.reglament.shared;

/** The platform cannot take the request right now (e.g. shutting down); the client should retry: 503. */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message) {
        super(message);
    }
}
