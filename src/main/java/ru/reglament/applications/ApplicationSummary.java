package ru.reglament.applications;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the applications list. */
public record ApplicationSummary(
        long id,
        String portalNumber,
        String registrationNumber,
        String serviceCode,
        String serviceTitle,
        String serviceShortTitle,
        StatusView status,
        String applicantName,
        String assigneeName,
        Instant submittedAt,
        LocalDate deadline,
        Integer daysLeft,
        boolean overdue) {
}
