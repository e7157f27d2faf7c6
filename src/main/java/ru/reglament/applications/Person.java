package ru.reglament.applications;

/**
 * An applicant or representative as the portal sends them. {@code kind} is PERSON, LEGAL or
 * ENTREPRENEUR; a legal entity also carries {@code organisationName}. Holds personal data:
 * {@link #toString()} never prints it.
 */
public record Person(
        String kind,
        String lastName,
        String firstName,
        String middleName,
        String organisationName,
        String birthDate,
        String snils,
        String inn,
        String ogrn,
        String phone,
        String email,
        String address,
        IdentityDocument document) {

    public String displayName() {
        if ("LEGAL".equals(kind) && organisationName != null && !organisationName.isBlank()) return organisationName.trim();
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {lastName, firstName, middleName}) {
            if (part != null && !part.isBlank()) name.append(name.isEmpty() ? "" : " ").append(part.trim());
        }
        String person = name.toString();
        return "ENTREPRENEUR".equals(kind) && !person.isEmpty() ? "ИП " + person : person;
    }

    @Override
    public String toString() {
        return "Person[kind=" + kind + ", personal data hidden]";
    }

    /** An identity document (паспорт etc.). */
    public record IdentityDocument(String type, String series, String number, String issuedAt, String issuer) {

        @Override
        public String toString() {
            return "IdentityDocument[type=" + type + ", details hidden]";
        }
    }
}
