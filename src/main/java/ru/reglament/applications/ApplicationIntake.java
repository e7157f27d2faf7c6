package ru.reglament.applications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ru.reglament.access.Actor;
import ru.reglament.applications.internal.ApplicationRow;
import ru.reglament.applications.internal.ApplicationStore;
import ru.reglament.applications.internal.Canonical;
import ru.reglament.applications.internal.IntakeValidator;
import ru.reglament.applications.internal.IntakeWriter;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.directory.PublicService;
import ru.reglament.process.AccessPolicy;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.shared.ConflictException;
import ru.reglament.shared.ForbiddenException;
import ru.reglament.shared.Violations;
import ru.reglament.shared.WorkingCalendar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes applications from the portal. Idempotent by the portal's order number: the same request
 * again answers with the application already received; a different body under the same number is a conflict.
 */
@Service
public class ApplicationIntake {

    /**
     * What intake did: {@code created} is false when the request was a retry of one already received.
     * The card is the portal's: what the applicant sees.
     */
    public record Result(ApplicantCard card, boolean created) {
    }

    private final ApplicationStore store;
    private final IntakeWriter writer;
    private final Directory directory;
    private final ProcessDefinitions processes;
    private final WorkingCalendar calendar;
    // Writers bound to their types once: the mapper's per-call type and serializer lookups showed in JFR.
    private final ObjectWriter personJson;
    private final ObjectWriter fieldsJson;
    private final Canonical canonical;
    private final ZoneId zone;
    private final Clock clock;
    private final AccessPolicy policy;
    private final ApplicationQueries queries;
    private static final Duration CLOCK_DRIFT = Duration.ofHours(1);

    ApplicationIntake(ApplicationQueries queries, ApplicationStore store, IntakeWriter writer, Directory directory,
            ProcessDefinitions processes, AccessPolicy policy, WorkingCalendar calendar, JsonMapper json, ZoneId zone,
            Clock clock) {
        this.queries = queries;
        this.policy = policy;
        this.clock = clock;
        this.store = store;
        this.writer = writer;
        this.directory = directory;
        this.processes = processes;
        this.calendar = calendar;
        this.personJson = json.writerFor(Person.class);
        this.fieldsJson = json.writerFor(JsonNode.class);
        this.canonical = new Canonical(json);
        this.zone = zone;
    }

    /**
     * Receives the application and answers with its card once it is committed. The row and its first
     * history line are written by one statement, together with applications received at the same moment.
     */
    public Result receive(IntakeRequest request, Actor portal) {
        // Checked here rather than by method security: its proxy, expression and debug messages cost
        // the busiest endpoint about 5% of its CPU (JFR).
        if (!policy.maySubmitAny(portal)) throw notTheirs();
        Instant now = clock.instant();
        Violations violations = new Violations();
        Instant submittedAt = IntakeValidator.validate(request, LocalDate.ofInstant(now, zone), violations);
        if (submittedAt != null) submissionTime(submittedAt, now, violations);
        PublicService service = null;
        Organisation organisation = null;
        if (request.serviceCode() != null && !request.serviceCode().isBlank() && !violations.has("serviceCode")) {
            service = directory.serviceByCode(request.serviceCode().trim()).orElse(null);
            if (service == null) violations.add("serviceCode", "service.unknown", "Услуга с таким кодом не найдена");
        }
        if (violations.isEmpty()) {
            organisation = directory.organisationByOgrn(request.organisationOgrn().trim()).orElse(null);
            if (organisation == null) {
                violations.add("organisationOgrn", "organisation.unknown", "Организация с таким ОГРН не найдена");
            } else if (!directory.provides(organisation.id(), service.id())) {
                violations.add("organisationOgrn", "organisation.does-not-provide-service",
                        "Организация не предоставляет эту услугу");
            }
        }
        violations.throwIfAny();

        ProcessDefinition process = service.processVersion() == null ? processes.current(service.processCode())
                : processes.version(service.processCode(), service.processVersion());
        if (!policy.maySubmit(portal, process)) throw notTheirs();
        byte[] hash = canonical.sha256(request);
        Optional<ApplicationRow> created = writer.insertIfAbsent(new ApplicationStore.Insert(new ApplicationStore.NewApplication(
                request.portalNumber(), hash, service.id(), organisation.id(), process.code(), process.version(),
                process.initialStatus(), submittedAt,
                calendar.addWorkingDays(submittedAt.atZone(zone).toLocalDate(), service.maxTermDays()),
                request.channel() == null ? "EPGU" : request.channel(), request.purpose(), request.applicant().kind(),
                request.applicant().displayName(), personJson.writeValueAsString(request.applicant()),
                request.representative() == null ? null : personJson.writeValueAsString(request.representative()),
                request.fields() == null ? "{}" : fieldsJson.writeValueAsString(request.fields())),
                now, portal.employeeIdOrNull(), portal.fullName()));
        if (created.isPresent()) return new Result(ApplicantCard.of(queries.cardOf(created.get(), portal)), true);
        var known = store.byPortalNumber(request.portalNumber())
                .orElseThrow(() -> new IllegalStateException("Portal number conflict without a row"));
        if (!Arrays.equals(known.requestHash(), hash)) {
            throw new ConflictException("portal-number.reused",
                    "Заявление с номером ЕПГУ " + request.portalNumber() + " уже получено с другими данными");
        }
        return new Result(queries.applicantCard(known.id(), portal), false);
    }

    private static ForbiddenException notTheirs() {
        return new ForbiddenException("role", "Заявления принимает только технический клиент ЕПГУ (роль PORTAL)");
    }

    /**
     * Deadlines count working days from the submission date: it must lie within the production
     * calendar's years, and not ahead of our clock by more than the portal's clock may drift.
     */
    private void submissionTime(Instant submittedAt, Instant now, Violations violations) {
        if (submittedAt.atZone(zone).getYear() < calendar.firstYear()) {
            violations.add("submittedAt", "date.range",
                    "Дата подачи раньше " + calendar.firstYear() + " года: вне производственного календаря");
        } else if (submittedAt.isAfter(now.plus(CLOCK_DRIFT))) {
            violations.add("submittedAt", "date.future", "Дата подачи не может быть в будущем");
        }
    }
}
