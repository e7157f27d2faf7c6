package ru.reglament.files;

/**
 * How large an upload of each kind may be, from {@code reglament.files.limits.<kind>} (a size such
 * as {@code 20MB}), or {@code reglament.files.limits.default} for a kind the configuration does not
 * name. One policy for every upload the platform takes: decision drafts, applicants' documents.
 */
public interface UploadLimits {

    /** The kind of the decision draft an employee uploads in place of the generated one. */
    String DECISION_DOCUMENT = "decision-document";

    UploadLimit of(String kind);
}
