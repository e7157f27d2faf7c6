package ru.reglament.applications;

import ru.reglament.shared.Text;

/**
 * An applicant or representative as the portal sends them. {@code kind} is PERSON, LEGAL or
 * ENTREPRENEUR; a legal entity also carries {@code organisationName}. Holds personal data:
 * {@link #toString()} never prints it.
 */
// The display name built from these parts is indexed (B-tree entries hold about 2,700 bytes).
public record Person(
        @Text(max = 20) String kind,
        @Text(max = 100) String lastName,
        @Text(max = 100) String firstName,
        @Text(max = 100) String middleName,
        @Text(max = 500) String organisationName,
        @Text(max = 20) String birthDate,
        @Text(max = 20) String snils,
        @Text(max = 20) String inn,
        @Text(max = 20) String ogrn,
        @Text(max = 30) String phone,
        @Text(max = 254) String email,
        @Text(max = 1000) String address,
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
        public record IdentityDocument(@Text(max = 50) String type, @Text(max = 20) String series,
            @Text(max = 50) String number, @Text(max = 20) String issuedAt, @Text(max = 500) String issuer) {

        @Override
        public String toString() {
            return "IdentityDocument[type=" + type + ", details hidden]";
        }
    }
}
