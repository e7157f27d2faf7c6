package ru.reglament.decisions;

/**
 * Turns a decision into PDF: the document the official signs and, once signed, the copy a person
 * reads with the signature visualised on it.
 */
public interface DecisionRenderer {

    /**
     * The document to sign, from the service's template for this kind of decision when there is
     * one, else the default: the signature block names the position, with no stamp.
     *
     * @return a complete PDF document; the same model gives the same text but not the same bytes
     *         (the PDF carries its creation time), so sign the bytes returned, never a re-rendering
     */
    byte[] renderPdf(DecisionDocumentModel model);

    /** The same document as signed: the signer's name and position, and the signature stamp. */
    byte[] renderSigned(DecisionDocumentModel model, SignatureStamp stamp);

    /**
     * A document the platform did not render (an uploaded draft), as signed: its pages followed by a
     * signature sheet naming the document, its SHA-256, the signer and the stamp.
     */
    byte[] appendSignatureSheet(byte[] pdf, DecisionKind kind, String documentNumber, String sha256,
            SignatureStamp stamp);

    /** A draft as people see it before it is signed: «ПРОЕКТ» across every page, the bytes to sign left alone. */
    byte[] markAsDraft(byte[] pdf);
}
