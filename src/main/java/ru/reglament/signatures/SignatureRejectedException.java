package ru.reglament.signatures;

/**
 * A signature that cannot be accepted. {@link #rule()} tells the machine why, the message tells
 * the official in Russian.
 */
public class SignatureRejectedException extends RuntimeException {

    /** Not a CMS SignedData, or bad base64. */
    public static final String FORMAT = "signature.format";
    /** No signer, or more than one: a decision is signed by exactly one official. */
    public static final String SIGNER_COUNT = "signature.signer-count";
    /** The CMS does not carry the signer's certificate. */
    public static final String CERTIFICATE_MISSING = "signature.certificate-missing";
    /** Digest or signature algorithm we do not accept (e.g. GOST R 34.10-2001, SHA-1). */
    public static final String UNSUPPORTED_ALGORITHM = "signature.unsupported-algorithm";
    /** The signature was made over other bytes than the document being checked. */
    public static final String CONTENT_MISMATCH = "signature.content-mismatch";
    /** The signature value does not verify: the signature or its signed attributes were altered. */
    public static final String INVALID = "signature.invalid";
    /** The signed signing-certificate attribute names another certificate than the one in the CMS. */
    public static final String CERTIFICATE_MISMATCH = "signature.certificate-mismatch";
    /** The signing time claimed by the signer lies in the future. */
    public static final String SIGNING_TIME_IN_FUTURE = "signature.signing-time-in-future";
    /** The certificate had expired at signing time. */
    public static final String CERTIFICATE_EXPIRED = "certificate.expired";
    /** The certificate was not yet valid at signing time. */
    public static final String CERTIFICATE_NOT_YET_VALID = "certificate.not-yet-valid";
    /** The certificate's key usage does not allow signing. */
    public static final String CERTIFICATE_NOT_FOR_SIGNING = "certificate.not-for-signing";
    /** The certificate does not chain to a trusted certificate. */
    public static final String CERTIFICATE_UNTRUSTED = "certificate.untrusted";

    private final String rule;

    public SignatureRejectedException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public SignatureRejectedException(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    /** A stable code such as {@code signature.content-mismatch}. */
    public String rule() {
        return rule;
    }
}
