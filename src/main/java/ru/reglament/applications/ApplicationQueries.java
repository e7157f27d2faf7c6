package ru.reglament.applications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.reglament.access.Actor;
import ru.reglament.applications.internal.ApplicationRow;
import ru.reglament.applications.internal.ApplicationSearch;
import ru.reglament.applications.internal.ApplicationStore;
import ru.reglament.decisions.Decision;
import ru.reglament.decisions.Decisions;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.directory.PublicService;
import ru.reglament.process.AccessPolicy;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.ApplicationSnapshot;
import ru.reglament.process.Lookups;
import ru.reglament.process.ParameterType;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.process.ProcessEngine;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.shared.NotFoundException;
import ru.reglament.shared.WorkingCalendar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read side: the list, the card with the actions the caller may take now, the history, the decision
 * files. Reads that query run in a read-only transaction each; {@link #cardOf} needs none of its own.
 *
 * <p>The staff of the application's organisation read all of it. The portal (ЕПГУ) reads any
 * organisation's applications, but only as their applicant sees them: {@link #applicantCard},
 * {@link #applicantHistory} and the decision files once signed.
 */
@Service
public class ApplicationQueries {

    private final ApplicationStore store;
    private final ApplicationSearch search;
    private final ProcessDefinitions processes;
    private final ProcessEngine engine;
    private final AccessPolicy policy;
    private final Directory directory;
    private final Decisions decisions;
    private final WorkingCalendar calendar;
    private final JsonMapper json;
    private final ZoneId zone;
    private final Clock clock;

    /** The card's view of each action, made once per loaded definition (definitions never change once loaded). */
    private final Map<ProcessDefinition, Map<String, ApplicationCard.ActionView>> actionViews = new ConcurrentHashMap<>();

    /** The history detail of a line that moved the application away (routing's route effect): the organisation it came from. */
    private static final String FROM_OGRN = "fromOgrn";

    ApplicationQueries(ApplicationStore store, ApplicationSearch search, ProcessDefinitions processes,
            ProcessEngine engine, AccessPolicy policy, Directory directory, Decisions decisions, WorkingCalendar calendar,
            JsonMapper json, ZoneId zone, Clock clock) {
        this.store = store;
        this.search = search;
        this.processes = processes;
        this.engine = engine;
        this.policy = policy;
        this.directory = directory;
        this.decisions = decisions;
        this.calendar = calendar;
        this.json = json;
        this.zone = zone;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ApplicationCard card(long id, Actor actor) {
        return open(id, actor).card();
    }

    /** The card of an application of the caller's organisations, with what was looked up to build it. */
    @Transactional(readOnly = true)
    public OpenCard open(long id, Actor actor) {
        ApplicationRow row = ofOwnOrganisation(id, actor);
        ProcessDefinition process = processes.version(row.processCode(), row.processVersion());
        return open(row, process, directory.service(row.serviceId()).orElseThrow(),
                directory.organisation(row.organisationId()).orElseThrow(), actor);
    }

    /**
     * What an open card compares with what it shows: the application's version and status now, and the
     * newest line of its history (a module's note moves only that) with its label.
     */
    public record Version(int version, StatusView status, long newestLine, String newestLabel) {
    }

    @Transactional(readOnly = true)
    public Version version(long id, Actor actor) {
        ApplicationRow row = ofOwnOrganisation(id, actor);
        ProcessDefinition process = processes.version(row.processCode(), row.processVersion());
        ApplicationStore.HistoryRow newest = store.newestHistory(row.id()).orElse(null);
        return new Version(row.version(), statusOrCode(process, row.status()), newest == null ? 0 : newest.id(),
                newest == null ? null : label(process, newest));
    }

    /** The process definition (the version it started with) of an application the caller may see. */
    @Transactional(readOnly = true)
    public ProcessDefinition processOf(long id, Actor actor) {
        ApplicationRow row = visible(id, actor);
        return processes.version(row.processCode(), row.processVersion());
    }

    @Transactional(readOnly = true)
    public ApplicantCard applicantCard(long id, Actor actor) {
        return ApplicantCard.of(cardOf(visible(id, actor), actor));
    }

    /**
     * The card of a row the caller has just read or written (within this module). Not advised: a
     * freshly received application needs no query, and any other read joins the caller's transaction
     * if there is one. A transaction interceptor here cost intake about 2% of its CPU (JFR).
     */
    public ApplicationCard cardOf(ApplicationRow a, Actor actor) {
        return open(a, processes.version(a.processCode(), a.processVersion()),
                directory.service(a.serviceId()).orElseThrow(), directory.organisation(a.organisationId()).orElseThrow(),
                actor).card();
    }

    /** The card of a row at hand, with its process, service and organisation already looked up. */
    OpenCard open(ApplicationRow a, ProcessDefinition process, PublicService service, Organisation organisation,
            Actor actor) {
        ApplicationSnapshot application = a.snapshot();
        Lookups lookups = new Lookups();
        List<ProcessDefinition.Offer> offers = engine.offers(application, process, service, actor, lookups);
        Map<String, ApplicationCard.ActionView> views = actionViews.computeIfAbsent(process, ApplicationQueries::actionViews);
        List<ApplicationCard.ActionView> actions = offers.stream().map(offer -> views.get(offer.action().code())).toList();
        Optional<Decision> decision = a.hasDecision() ? decisions.current(a.id(), lookups) : Optional.empty();
        Integer daysLeft = a.closedAt() == null ? calendar.workingDaysLeft(today(), a.deadline()) : null;
        ApplicationCard card = new ApplicationCard(a.id(), a.portalNumber(), a.registrationNumber(),
                new ApplicationCard.ServiceRef(service.code(), service.title()),
                organisationRef(organisation), a.channel(), a.purpose(), status(process, a.status()),
                a.assigneeId() == null ? null : new ApplicationCard.EmployeeRef(a.assigneeId(), a.assigneeName()),
                a.submittedAt(), a.receivedAt(), service.maxTermDays(), a.deadline(), daysLeft,
                daysLeft != null && daysLeft < 0, a.closedAt(), a.version(), a.processCode(), a.processVersion(),
                a.applicant(), a.representative(), a.fields(),
                decision.map(ApplicationQueries::decisionView).orElse(null), actions);
        return new OpenCard(card, application, process, service, organisation, offers);
    }

    /** Each action of the process as the card lists it, with what it asks for. */
    private static Map<String, ApplicationCard.ActionView> actionViews(ProcessDefinition process) {
        Map<String, ApplicationCard.ActionView> views = new HashMap<>();
        for (ProcessAction action : process.actions().values()) {
            views.put(action.code(), new ApplicationCard.ActionView(action.code(), action.label(), action.requiresComment(),
                    process.parameters(action.code()).values().stream()
                            .map(p -> new ApplicationCard.ParameterView(p.name(), p.type(), p.required(), p.label()))
                            .toList()));
        }
        return Map.copyOf(views);
    }

    /**
     * What a form offers for a parameter of an action the caller may take on the card now; empty when
     * the action is not offered. {@code others}: the values chosen so far in the same form.
     */
    @Transactional(readOnly = true)
    public List<ParameterType.Choice> choices(OpenCard opened, String action, ActionParameter parameter,
            Map<String, String> others, Actor actor) {
        return opened.offers().stream().filter(offer -> offer.action().code().equals(action)).findFirst()
                .map(offer -> engine.choices(opened.application(), opened.process(), opened.service(),
                        opened.organisation(), actor, offer, parameter, others, clock.instant()))
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id, Actor actor) {
        ApplicationRow a = ofOwnOrganisation(id, actor);
        ProcessDefinition process = processes.version(a.processCode(), a.processVersion());
        return store.history(a.id()).stream().map(h -> new HistoryEntry(h.id(), h.occurredAt(), h.actorName(), h.action(),
                        label(process, h),
                        h.statusBefore() == null ? null : status(process, h.statusBefore()),
                        status(process, h.statusAfter()), h.comment(), tree(h.details())))
                .toList();
    }

    /** The conditions modules contribute to the list's filter («ожидает ответа СМЭВ» …). */
    public List<ListCondition> listConditions() {
        return search.conditions();
    }

    /** The number staff and applicants quote: the registration number once there is one, else the portal's. */
    @Transactional(readOnly = true)
    public String numberOf(long id) {
        ApplicationRow row = store.find(id).orElseThrow(() -> new NotFoundException("Заявление не найдено"));
        return row.registrationNumber() != null ? row.registrationNumber() : row.portalNumber();
    }

    /**
     * What a module's background work needs to take a system action on an application, in one read: the
     * organisation it acts for, the version to act on, and whether a transition of the action leaves the
     * status now (else someone has moved the application on without it).
     */
    public record SystemTurn(int organisationId, int version, boolean appliesNow) {
    }

    /** One read, outside any transaction: a transaction would add a round trip for its commit. */
    public SystemTurn systemTurn(long id, String action) {
        ApplicationRow row = store.find(id).orElseThrow(() -> new NotFoundException("Заявление не найдено"));
        ProcessDefinition process = processes.version(row.processCode(), row.processVersion());
        ProcessAction known = process.actions().get(action);
        return new SystemTurn(row.organisationId(), row.version(),
                known != null && known.transitions().stream().anyMatch(t -> process.appliesFrom(t, row.status())));
    }

    /** What the history tab calls a line: its action's label, or a module's note's own. */
    private String label(ProcessDefinition process, ApplicationStore.HistoryRow line) {
        if (process.actions().containsKey(line.action())) return process.actions().get(line.action()).label();
        if ("receive".equals(line.action())) return "Заявление получено";
        JsonNode details = tree(line.details());
        return details == null ? line.action() : details.path("label").asString(line.action());
    }

    /**
     * The history as the applicant sees it: the status changes and the lines of public actions
     * (the process definition's {@code public: true}), each made by an organisation. Assignments,
     * routing, drafts, internal comments and employees' names stay out.
     */
    @Transactional(readOnly = true)
    public List<PublicHistoryEntry> applicantHistory(long id, Actor actor) {
        ApplicationRow a = visible(id, actor);
        ProcessDefinition process = processes.version(a.processCode(), a.processVersion());
        List<ApplicationStore.HistoryRow> rows = store.history(a.id());
        // A line does not record the organisation: walking back from where the application is now,
        // a line that moved it (routing) was made by the organisation it names as the one it came from.
        Organisation organisation = directory.organisation(a.organisationId()).orElseThrow();
        ArrayDeque<PublicHistoryEntry> entries = new ArrayDeque<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            ApplicationStore.HistoryRow h = rows.get(i);
            JsonNode details = tree(h.details());
            if (details != null && details.hasNonNull(FROM_OGRN)) {
                organisation = directory.organisationByOgrn(details.get(FROM_OGRN).asString()).orElse(organisation);
            }
            ProcessAction action = process.actions().get(h.action());
            boolean isPublic = action != null && action.isPublic();
            if (!isPublic && h.statusAfter().equals(h.statusBefore())) continue;
            StatusView intermediate = isPublic && details != null && details.hasNonNull("intermediateStatus")
                    ? new StatusView(details.get("intermediateStatus").asString(),
                            details.path("intermediateStatusName").asString(details.get("intermediateStatus").asString()))
                    : null;
            entries.addFirst(new PublicHistoryEntry(h.id(), h.occurredAt(), organisationRef(organisation),
                    h.statusBefore() == null ? null : statusOrCode(process, h.statusBefore()),
                    statusOrCode(process, h.statusAfter()), intermediate, isPublic ? h.comment() : null));
        }
        return List.copyOf(entries);
    }

    @Transactional(readOnly = true)
    public ApplicationPage list(ApplicationFilter filter, Actor actor) {
        if (filter.size() < 1 || filter.size() > 100) {
            throw new InvalidInputException("size", "range", "Размер страницы от 1 до 100");
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new InvalidInputException("from", "range", "Дата «с» позже даты «по»");
        }
        List<Integer> organisations = actor.organisationIds().stream().sorted().toList();
        if (organisations.isEmpty()) return new ApplicationPage(List.of(), null, 0, false, ApplicationSearch.TOTAL_LIMIT);
        List<Integer> serviceIds = null;
        if (filter.serviceCode() != null && !filter.serviceCode().isBlank()) {
            serviceIds = directory.serviceByCode(filter.serviceCode().trim()).map(s -> List.of(s.id()))
                    .orElseThrow(() -> new InvalidInputException("service", "service.unknown", "Услуга с таким кодом не найдена"));
        }
        ApplicationSearch.Found found = search.search(filter, organisations, actor.employeeId(),
                filter.mine() ? policy.mineStatuses(actor) : List.of(), serviceIds, zone);
        LocalDate today = today();
        List<ApplicationSummary> items = found.rows().stream().map(r -> {
            PublicService service = directory.service(r.serviceId()).orElseThrow();
            ProcessDefinition process = processes.current(service.processCode());
            Integer daysLeft = r.closedAt() == null ? calendar.workingDaysLeft(today, r.deadline()) : null;
            return new ApplicationSummary(r.id(), r.portalNumber(), r.registrationNumber(), service.code(),
                    service.title(), service.shortTitle() == null || service.shortTitle().isBlank() ? service.title()
                            : service.shortTitle(), statusOrCode(process, r.status()), r.applicantName(), r.assigneeName(),
                    r.submittedAt(), r.deadline(), daysLeft, daysLeft != null && daysLeft < 0);
        }).toList();
        return new ApplicationPage(items, found.nextCursor(), found.total(), found.totalExceedsLimit(),
                ApplicationSearch.TOTAL_LIMIT);
    }

    /** Applications of the caller's organisations per status: open ones assigned to the caller, or all. */
    @Transactional(readOnly = true)
    public List<StatusCount> countsByStatus(Actor actor, boolean mineOpenOnly) {
        List<Integer> organisations = actor.organisationIds().stream().sorted().toList();
        if (organisations.isEmpty()) return List.of();
        ProcessDefinition process = processes.current("default");
        return search.countByStatus(organisations, mineOpenOnly ? actor.employeeId() : null,
                        mineOpenOnly ? policy.mineStatuses(actor) : List.of(), mineOpenOnly).stream()
                .map(c -> new StatusCount(statusOrCode(process, c.status()), c.count()))
                .sorted(java.util.Comparator.comparingInt(c -> process.statusOrder(c.status().code())))
                .toList();
    }

    public record StatusCount(StatusView status, long count) {
    }

    /**
     * The decision's original, the bytes to sign or that were signed: the draft or the signed decision
     * for the staff; for the portal only the signed one, the result.
     */
    @Transactional(readOnly = true)
    public byte[] decisionDocument(long id, Actor actor) {
        return decisions.document(withDecisionFor(id, actor));
    }

    /** The decision as people read it: a draft marked «ПРОЕКТ», a signed one with its signature stamp. */
    @Transactional(readOnly = true)
    public byte[] decisionPrintable(long id, Actor actor) {
        return decisions.printable(withDecisionFor(id, actor));
    }

    private long withDecisionFor(long id, Actor actor) {
        ApplicationRow a = visible(id, actor);
        if (!policy.readsInFull(actor, a.organisationId()) && decisions.current(a.id()).filter(Decision::isSigned).isEmpty()) {
            throw new NotFoundException("Решение ещё не подписано");
        }
        return a.id();
    }

    @Transactional(readOnly = true)
    public byte[] decisionSignature(long id, Actor actor) {
        return decisions.signature(visible(id, actor).id());
    }

    /** An application the caller may read at least as its applicant does. */
    private ApplicationRow visible(long id, Actor actor) {
        return store.find(id).filter(a -> policy.maySee(actor, a.organisationId()))
                .orElseThrow(() -> new NotFoundException("Заявление не найдено"));
    }

    /** An application of the caller's organisations: all of it may be read. */
    private ApplicationRow ofOwnOrganisation(long id, Actor actor) {
        return store.find(id).filter(a -> policy.readsInFull(actor, a.organisationId()))
                .orElseThrow(() -> new NotFoundException("Заявление не найдено"));
    }

    private static ApplicationCard.OrganisationRef organisationRef(Organisation organisation) {
        return new ApplicationCard.OrganisationRef(organisation.ogrn(), organisation.title(), organisation.regionCode());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }

    private static StatusView status(ProcessDefinition process, String code) {
        return new StatusView(code, process.status(code).name());
    }

    private static StatusView statusOrCode(ProcessDefinition process, String code) {
        return process.statuses().containsKey(code) ? status(process, code) : new StatusView(code, code);
    }

    private static DecisionView decisionView(Decision d) {
        Decision.SignatureDetails s = d.signature();
        return new DecisionView(d.kind().name(), d.kind().title(), d.grounds(), d.explanation(), d.extraInfo(),
                d.document().sha256(), d.document().size(), d.documentSource(), d.draftedAt(), d.draftedByName(),
                s == null ? null : new DecisionView.Signature(s.signedAt(), s.signerName(), s.certificateSubject(),
                        s.certificateSerial(), s.certificateIssuer(), s.certificateNotBefore(), s.certificateNotAfter(),
                        s.certificateThumbprint(), s.algorithm(), s.signingTime(), s.testSignature()));
    }
}
