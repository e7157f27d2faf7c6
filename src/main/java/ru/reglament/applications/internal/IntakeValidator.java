package ru.reglament.applications.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;
import ru.reglament.applications.IntakeRequest;
import ru.reglament.applications.Person;
import ru.reglament.shared.EmailAddress;
import ru.reglament.shared.InputPolicy;
import ru.reglament.shared.Inn;
import ru.reglament.shared.InvalidIdentifierException;
import ru.reglament.shared.Ogrn;
import ru.reglament.shared.Ogrnip;
import ru.reglament.shared.Snils;
import ru.reglament.shared.Violations;

/** Every rule an incoming application must meet, checked at the edge; all violations are reported at once. */
public final class IntakeValidator {

    static final Set<String> CHANNELS = Set.of("EPGU", "MFC", "COUNTER", "POST", "RPGU");
    private static final Set<String> KINDS = Set.of("PERSON", "LEGAL", "ENTREPRENEUR");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{5,20}$");
    // The portal's order number (orderId): a positive integer, 10 digits today, growing.
    private static final Pattern PORTAL_NUMBER = Pattern.compile("^[1-9][0-9]{9,19}$");
    // Nobody alive was born, and no identity document in use was issued, before this.
    private static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    private IntakeValidator() {
    }

    /**
     * Adds every violation; returns the submission time, parsed once here, or null when it is not valid.
     * The text policy runs first: a refused text is not read by any other rule.
     */
    public static Instant validate(IntakeRequest request, LocalDate today, Violations violations) {
        InputPolicy.record("", request, violations);
        Instant submittedAt = null;
        violations.require("portalNumber", request.portalNumber())
                .require("serviceCode", request.serviceCode())
                .require("organisationOgrn", request.organisationOgrn())
                .require("submittedAt", request.submittedAt())
                .require("applicant", request.applicant());
        if (request.portalNumber() != null && !request.portalNumber().isBlank()
                && !PORTAL_NUMBER.matcher(request.portalNumber()).matches()) {
            violations.add("portalNumber", "format", "Номер заявления ЕПГУ: от 10 до 20 цифр");
        }
        if (request.organisationOgrn() != null && !request.organisationOgrn().isBlank()) {
            identifier(violations, "organisationOgrn", () -> Ogrn.of(request.organisationOgrn()));
        }
        if (request.submittedAt() != null && !request.submittedAt().isBlank()) {
            try {
                submittedAt = OffsetDateTime.parse(request.submittedAt()).toInstant();
            } catch (DateTimeParseException e) {
                violations.add("submittedAt", "datetime.format", "Дата и время подачи в формате ISO 8601 с часовым поясом");
            }
        }
        if (request.channel() != null && !CHANNELS.contains(request.channel())) {
            violations.add("channel", "enum", "Канал поступления: одно из " + CHANNELS);
        }
        if (request.applicant() != null) person("applicant", request.applicant(), today, violations);
        if (request.representative() != null) person("representative", request.representative(), today, violations);
        if (request.fields() != null && !request.fields().isObject()) {
            violations.add("fields", "object", "Данные формы услуги передаются объектом JSON");
        }
        return submittedAt;
    }

    private static void person(String path, Person p, LocalDate today, Violations v) {
        v.require(path + ".kind", p.kind());
        if (p.kind() != null && !KINDS.contains(p.kind())) {
            v.add(path + ".kind", "enum", "Тип заявителя: PERSON, LEGAL или ENTREPRENEUR");
        }
        if ("LEGAL".equals(p.kind())) {
            v.require(path + ".organisationName", p.organisationName()).require(path + ".ogrn", p.ogrn())
                    .require(path + ".inn", p.inn());
            if (p.ogrn() != null && !p.ogrn().isBlank()) identifier(v, path + ".ogrn", () -> Ogrn.of(p.ogrn()));
            if (p.inn() != null && !p.inn().isBlank()) {
                identifier(v, path + ".inn", () -> Inn.of(p.inn()));
                if (p.inn().trim().length() != 10) v.add(path + ".inn", "inn.length", "ИНН юридического лица: 10 цифр");
            }
        } else {
            v.require(path + ".lastName", p.lastName()).require(path + ".firstName", p.firstName());
            if ("ENTREPRENEUR".equals(p.kind())) {
                v.require(path + ".ogrn", p.ogrn()).require(path + ".inn", p.inn());
                if (p.ogrn() != null && !p.ogrn().isBlank()) identifier(v, path + ".ogrn", () -> Ogrnip.of(p.ogrn()));
            } else if (p.ogrn() != null && !p.ogrn().isBlank()) {
                identifier(v, path + ".ogrn", () -> Ogrn.of(p.ogrn()));
            }
            if (p.inn() != null && !p.inn().isBlank()) {
                identifier(v, path + ".inn", () -> Inn.of(p.inn()));
                if (p.inn().trim().length() != 12) v.add(path + ".inn", "inn.length", "ИНН физического лица: 12 цифр");
            }
        }
        if (p.snils() != null && !p.snils().isBlank()) identifier(v, path + ".snils", () -> Snils.of(p.snils()));
        if (p.birthDate() != null && !p.birthDate().isBlank()) {
            pastDate(v, path + ".birthDate", p.birthDate(), "Дата рождения", today);
        }
        if (p.email() != null && !p.email().isBlank() && !EmailAddress.isValid(p.email().trim())) {
            v.add(path + ".email", EmailAddress.RULE, "Адрес электронной почты указан неверно");
        }
        if (p.phone() != null && !p.phone().isBlank() && !PHONE.matcher(p.phone().trim()).matches()) {
            v.add(path + ".phone", "phone.format", "Телефон: цифры, пробелы, скобки и дефисы, можно с +");
        }
        if (p.document() != null) {
            v.require(path + ".document.type", p.document().type()).require(path + ".document.number", p.document().number());
            if (p.document().issuedAt() != null && !p.document().issuedAt().isBlank()) {
                pastDate(v, path + ".document.issuedAt", p.document().issuedAt(), "Дата выдачи документа", today);
            }
        }
    }

    private static void identifier(Violations v, String field, Runnable check) {
        try {
            check.run();
        } catch (InvalidIdentifierException e) {
            v.add(field, e.rule(), e.getMessage());
        }
    }

    /** A date in the past that a person's data can hold: not in the future, not before 1900. */
    private static void pastDate(Violations v, String field, String value, String what, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            v.add(field, "date.format", "Дата в формате ГГГГ-ММ-ДД");
            return;
        }
        if (date.isAfter(today)) v.add(field, "date.past", what + " не может быть в будущем");
        else if (date.isBefore(EARLIEST_DATE)) v.add(field, "date.range", what + " не может быть раньше 1900 года");
    }
}
