package ru.reglament.decisions;

/**
 * Turns a decision into the PDF that the official signs and the applicant receives.
 */
public interface DecisionRenderer {

    /**
     * Uses the service's own template for this kind of decision when there is one, else the default.
     *
     * @return a complete PDF document; the same model gives the same text but not the same bytes
     *         (the PDF carries its creation time), so sign the bytes returned, never a re-rendering
     */
    byte[] renderPdf(DecisionDocumentModel model);
}
