package ru.reglament.documents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document of an application: the applicant's or one added while the application is worked.
 * {@code uploadedBy} is null for the applicant's; {@code sha256} identifies the stored file.
 */
public record ApplicationDocument(long id, long applicationId, String typeCode, String typeName, String name, long size,
        String contentType, String sha256, String description, String number, LocalDate date, String issuer,
        Long uploadedBy, String uploadedByName, Instant uploadedAt) {
}
