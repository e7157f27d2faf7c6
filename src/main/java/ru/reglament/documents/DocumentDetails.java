package ru.reglament.documents;

import java.time.LocalDate;

/** What a person says about a document they add: its type (from the service's list) and its particulars. */
public record DocumentDetails(String typeCode, String description, String number, LocalDate date, String issuer) {
}
