package ru.reglament.interagency.internal.xmldsig;

/**
 * An XML signature that does not verify. The message is a short English reason, e.g.
 * {@code "digest mismatch"} or {@code "signature invalid"}.
 */
public class SmevSignatureException extends RuntimeException {

    public SmevSignatureException(String reason) {
        super(reason);
    }

    SmevSignatureException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
