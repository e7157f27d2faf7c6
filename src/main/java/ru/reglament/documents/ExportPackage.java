package ru.reglament.documents;

import java.time.Instant;

/** A «Выгрузка» package of a case: a zip of its decision, the decision's signature, its documents and a manifest. */
public record ExportPackage(long id, long applicationId, String name, long size, String sha256, Instant createdAt,
        String createdByName) {
}
