package ru.reglament.administration.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.reglament.access.Actor;
import ru.reglament.administration.DirectoryAdministration;
import ru.reglament.audit.AuditTrail;
import ru.reglament.directory.DecisionGround;
import ru.reglament.directory.Directory;
import ru.reglament.directory.DirectoryChanges;
import ru.reglament.directory.Organisation;
import ru.reglament.directory.PublicService;
import ru.reglament.directory.Region;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.shared.EmailAddress;
import ru.reglament.shared.ForbiddenException;
import ru.reglament.shared.InputPolicy;
import ru.reglament.shared.Ogrn;
import ru.reglament.shared.Violations;
import ru.reglament.staff.Role;

@Service
class JdbcDirectoryAdministration implements DirectoryAdministration {

    private final Directory directory;
    private final DirectoryChanges changes;
    private final ProcessDefinitions processes;
    private final AuditTrail audit;

    JdbcDirectoryAdministration(Directory directory, DirectoryChanges changes, ProcessDefinitions processes,
            AuditTrail audit) {
        this.directory = directory;
        this.changes = changes;
        this.processes = processes;
        this.audit = audit;
    }

    @Override
    @Transactional
    public int saveOrganisation(OrganisationForm form, Actor actor) {
        platformAdmin(actor);
        return save(form, actor);
    }

    @Override
    @Transactional
    public void saveCard(int organisationId, CardForm card, Actor actor) {
        if (!actor.rolesIn(organisationId).contains(Role.ORG_ADMIN) && !actor.roles().contains(Role.PLATFORM_ADMIN)) {
            throw new ForbiddenException("role", "Карточку организации меняет её администратор");
        }
        Organisation o = directory.organisation(organisationId).orElseThrow();
        save(new OrganisationForm(o.ogrn(), o.regionCode(), o.title(), card.shortTitle(), card.address(), card.schedule(),
                card.phone(), card.email(), card.registrationNumberFormat(),
                directory.servicesOf(organisationId).stream().map(PublicService::code).toList()), actor);
    }

    private int save(OrganisationForm form, Actor actor) {
        Violations violations = new Violations();
        String ogrn = trim(form.ogrn());
        if (ogrn == null || !Ogrn.isValid(ogrn)) {
            violations.add("ogrn", "ogrn.invalid", "ОГРН — 13 цифр с верной контрольной цифрой");
        }
        if (form.regionCode() == null || directory.regions().stream().noneMatch(r -> r.code().equals(form.regionCode()))) {
            violations.add("regionCode", "region.unknown", "Выберите регион из справочника");
        }
        required(violations, "title", form.title(), 500);
        limit(violations, "shortTitle", form.shortTitle(), 200);
        limit(violations, "address", form.address(), 500);
        limit(violations, "schedule", form.schedule(), 200);
        limit(violations, "phone", form.phone(), 50);
        String email = trim(form.email());
        if (email != null && !EmailAddress.isValid(email)) {
            violations.add("email", EmailAddress.RULE, EmailAddress.MESSAGE);
        }
        String format = trim(form.registrationNumberFormat());
        if (format != null && !format.contains("{seq")) {
            violations.add("registrationNumberFormat", "format.sequence",
                    "Формат номера должен содержать порядковый номер {seq:N}, например «ТОС-{yyyy}-{seq:6}»");
        }
        List<Integer> services = new ArrayList<>();
        List<String> codes = form.services() == null ? List.of() : form.services();
        for (int i = 0; i < codes.size(); i++) {
            Optional<PublicService> service = directory.serviceByCode(codes.get(i));
            if (service.isPresent()) services.add(service.get().id());
            else violations.add("services[" + i + "]", "service.unknown", "Услуги с кодом " + codes.get(i) + " нет");
        }
        violations.throwIfAny();
        Optional<Organisation> before = directory.organisationByOgrn(ogrn);
        int id = changes.upsertOrganisation(ogrn, form.regionCode(), form.title().trim(), trim(form.shortTitle()),
                trim(form.address()), trim(form.schedule()), trim(form.phone()), email, format);
        // The form lists every service the organisation provides: one left unticked is no longer provided.
        for (PublicService provided : before.map(o -> directory.servicesOf(o.id())).orElse(List.of())) {
            if (!services.contains(provided.id())) changes.unlink(id, provided.id());
        }
        for (int serviceId : services) changes.link(id, serviceId);
        directory.refresh();
        List<String> linked = new ArrayList<>();
        for (PublicService service : directory.servicesOf(id)) linked.add(service.code());
        audit.record(actor.employeeId(), actor.fullName(), "organisation", ogrn, before.isPresent() ? "update" : "create",
                before.orElse(null), Map.of("card", directory.organisation(id).orElseThrow(), "services", linked));
        return id;
    }

    @Override
    @Transactional
    public int saveService(ServiceForm form, Actor actor) {
        platformAdmin(actor);
        Violations violations = new Violations();
        String code = trim(form.code());
        if (code == null || !code.matches("\\d{10,20}")) {
            violations.add("code", "service.code", "Код услуги (ЕСНСИ) — от 10 до 20 цифр");
        }
        required(violations, "title", form.title(), 1000);
        limit(violations, "shortTitle", form.shortTitle(), 200);
        if (form.maxTermDays() < 1 || form.maxTermDays() > 365) {
            violations.add("maxTermDays", "range", "Максимальный срок — от 1 до 365 рабочих дней");
        }
        if (form.fee() != null && form.fee().compareTo(BigDecimal.ZERO) < 0) {
            violations.add("fee", "range", "Пошлина не может быть отрицательной");
        }
        if (form.processCode() == null || processes.currentVersions().stream()
                .noneMatch(p -> p.code().equals(form.processCode()))) {
            violations.add("processCode", "process.unknown", "Выберите процесс из загруженных");
        } else if (form.processVersion() != null && processes.all().stream()
                .noneMatch(p -> p.code().equals(form.processCode()) && p.version() == form.processVersion())) {
            violations.add("processVersion", "process.version-unknown", "Версии " + form.processVersion() + " процесса "
                    + form.processCode() + " нет среди загруженных");
        }
        Map<String, List<DecisionGround>> grounds = new LinkedHashMap<>();
        grounds.put("ACCEPTANCE_REFUSAL", grounds(violations, "acceptanceRefusalGrounds", form.acceptanceRefusalGrounds()));
        grounds.put("REFUSAL", grounds(violations, "refusalGrounds", form.refusalGrounds()));
        violations.throwIfAny();
        Optional<PublicService> before = directory.serviceByCode(code);
        int id = changes.upsertService(code, form.title().trim(), trim(form.shortTitle()), form.maxTermDays(),
                form.fee() == null ? BigDecimal.ZERO : form.fee(), form.processCode(), form.processVersion(), grounds);
        directory.refresh();
        audit.record(actor.employeeId(), actor.fullName(), "service", code, before.isPresent() ? "update" : "create",
                before.orElse(null), directory.service(id).orElseThrow());
        return id;
    }

    @Override
    @Transactional
    public void saveRegion(String code, String name, Actor actor) {
        platformAdmin(actor);
        Violations violations = new Violations();
        String trimmedCode = trim(code);
        if (trimmedCode == null || !trimmedCode.matches("\\d{2}")) {
            violations.add("code", "region.code", "Код региона — две цифры, например 47");
        }
        required(violations, "name", name, 200);
        if (name != null) InputPolicy.text("name", name.trim(), 200, false, violations);
        violations.throwIfAny();
        Optional<Region> before = directory.region(trimmedCode);
        Region after = new Region(trimmedCode, name.trim());
        if (before.filter(after::equals).isPresent()) return;
        changes.upsertRegion(after);
        directory.refresh();
        audit.record(actor.employeeId(), actor.fullName(), "region", trimmedCode, before.isPresent() ? "update" : "create",
                before.orElse(null), after);
    }

    /** Grounds one per line, {@code CODE: title}; a bad line is named by its number. */
    private static List<DecisionGround> grounds(Violations violations, String field, String text) {
        List<DecisionGround> grounds = new ArrayList<>();
        if (text == null) return grounds;
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) continue;
            int colon = line.indexOf(':');
            String code = colon < 0 ? "" : line.substring(0, colon).trim();
            String title = colon < 0 ? "" : line.substring(colon + 1).trim();
            if (!code.matches("[A-Z][A-Z0-9_]{1,49}") || title.isEmpty()) {
                violations.add(field + "[" + i + "]", "ground.format",
                        "Строка " + (i + 1) + ": «КОД: формулировка», код — латинские заглавные буквы, цифры и _");
            } else {
                grounds.add(new DecisionGround(code, title));
            }
        }
        return grounds;
    }

    private static void platformAdmin(Actor actor) {
        if (!actor.roles().contains(Role.PLATFORM_ADMIN)) {
            throw new ForbiddenException("role", "Справочник меняет администратор платформы");
        }
    }

    private static void required(Violations violations, String field, String value, int max) {
        if (value == null || value.isBlank()) violations.add(field, "required", "Заполните поле");
        else limit(violations, field, value, max);
    }

    private static void limit(Violations violations, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            violations.add(field, "length", "Не длиннее " + max + " знаков");
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
