package ru.reglament.directory;

/**
 * A field of a service's application form (the portal's concentrator form): its key in the form data,
 * the label staff read, its type ({@code text}, {@code number}, {@code date}, {@code boolean},
 * {@code list}) and its place on «Данные заявления».
 */
public record FormField(String name, String label, String type, int order) {
}
