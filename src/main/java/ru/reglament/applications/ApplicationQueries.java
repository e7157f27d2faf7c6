package ru.reglament.applications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.reglament.access.Actor;
import ru.reglament.applications.internal.ApplicationFacts;
import ru.reglament.applications.internal.ApplicationRow;
import ru.reglament.applications.internal.ApplicationSearch;
import ru.reglament.applications.internal.ApplicationStore;
import ru.reglament.decisions.Decision;
import ru.reglament.decisions.Decisions;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.directory.PublicService;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.shared.NotFoundException;
import ru.reglament.shared.WorkingCalendar;
import ru.reglament.staff.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read side: the list, the card with the actions the caller may take now, the history, the decision
 * files. Reads that query run in a read-only transaction each; {@link #cardOf} needs none of its own.
 */
@Service
public class ApplicationQueries {

    private final ApplicationStore store;
    private final ApplicationSearch search;
    private final ProcessDefinitions processes;
    private final Directory directory;
    private final ApplicationFacts facts;
    private final Decisions decisions;
    private final WorkingCalendar calendar;
    private final JsonMapper json;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    ApplicationQueries(ApplicationStore store, ApplicationSearch search, ProcessDefinitions processes,
            Directory directory, ApplicationFacts facts, Decisions decisions, WorkingCalendar calendar, JsonMapper json,
            @Value("${reglament.time-zone:Europe/Moscow}") ZoneId zone) {
        this.store = store;
        this.search = search;
        this.processes = processes;
        this.directory = directory;
        this.facts = facts;
        this.decisions = decisions;
        this.calendar = calendar;
        this.json = json;
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    public ApplicationCard card(long id, Actor actor) {
        return cardOf(visible(id, actor), actor);
    }

    /**
     * The card as it stands right after the caller's own action, even if the action took it out of
     * the caller's organisations (routing): the answer to an action shows its result.
     */
    @Transactional(readOnly = true)
    public ApplicationCard cardAfterAction(long id, Actor actor) {
        return cardOf(store.find(id).orElseThrow(() -> new NotFoundException("Заявление не найдено")), actor);
    }

    /**
     * The card of a row the caller has just read or written (within this module). Not advised: a
     * freshly received application needs no query, and any other read joins the caller's transaction
     * if there is one. A transaction interceptor here cost intake about 2% of its CPU (JFR).
     */
    public ApplicationCard cardOf(ApplicationRow a, Actor actor) {
        ProcessDefinition process = processes.version(a.processCode(), a.processVersion());
        PublicService service = directory.service(a.serviceId()).orElseThrow();
        Organisation organisation = directory.organisation(a.organisationId()).orElseThrow();
        ApplicationFacts.Known known = facts.of(a, service, process, actor);
        Optional<Decision> decision = known.decision().isPresent() || !a.hasDecision() ? known.decision()
                : decisions.current(a.id());
        List<ApplicationCard.ActionView> actions = process.available(a.status(), actor.rolesIn(a.organisationId()),
                        known.facts()).stream()
                .filter(action -> !action.transitions().stream().allMatch(t -> t.roles().equals(java.util.Set.of(Role.SYSTEM))))
                .map(action -> new ApplicationCard.ActionView(action.code(), action.label(), action.requiresComment()))
                .toList();
        Integer daysLeft = a.closedAt() == null ? calendar.workingDaysLeft(today(), a.deadline()) : null;
        return new ApplicationCard(a.id(), a.portalNumber(), a.registrationNumber(),
                new ApplicationCard.ServiceRef(service.code(), service.title()),
                new ApplicationCard.OrganisationRef(organisation.ogrn(), organisation.title(), organisation.regionCode()),
                a.channel(), a.purpose(), status(process, a.status()),
                a.assigneeId() == null ? null : new ApplicationCard.EmployeeRef(a.assigneeId(), a.assigneeName()),
                a.submittedAt(), a.receivedAt(), service.maxTermDays(), a.deadline(), daysLeft,
                daysLeft != null && daysLeft < 0, a.closedAt(), a.version(), a.processCode(), a.processVersion(),
                a.applicant(), a.representative(), a.fields(),
                decision.map(ApplicationQueries::decisionView).orElse(null), actions);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id, Actor actor) {
        ApplicationRow a = visible(id, actor);
        ProcessDefinition process = processes.version(a.processCode(), a.processVersion());
        return store.history(a.id()).stream().map(h -> new HistoryEntry(h.id(), h.occurredAt(), h.actorName(), h.action(),
                        process.actions().containsKey(h.action()) ? process.actions().get(h.action()).label()
                                : "receive".equals(h.action()) ? "Заявление получено" : h.action(),
                        h.statusBefore() == null ? null : status(process, h.statusBefore()),
                        status(process, h.statusAfter()), h.comment(), tree(h.details())))
                .toList();
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
        ApplicationSearch.Found found = search.search(filter, organisations, actor.employeeId(), serviceIds, zone);
        LocalDate today = today();
        List<ApplicationSummary> items = found.rows().stream().map(r -> {
            PublicService service = directory.service(r.serviceId()).orElseThrow();
            ProcessDefinition process = processes.current(service.processCode());
            Integer daysLeft = r.closedAt() == null ? calendar.workingDaysLeft(today, r.deadline()) : null;
            return new ApplicationSummary(r.id(), r.portalNumber(), r.registrationNumber(), service.code(),
                    service.title(), statusOrCode(process, r.status()), r.applicantName(), r.assigneeName(),
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
        return search.countByStatus(organisations, mineOpenOnly ? actor.employeeId() : null, mineOpenOnly).stream()
                .map(c -> new StatusCount(statusOrCode(process, c.status()), c.count()))
                .sorted(java.util.Comparator.comparingInt(c -> process.statusOrder(c.status().code())))
                .toList();
    }

    public record StatusCount(StatusView status, long count) {
    }

    @Transactional(readOnly = true)
    public byte[] decisionDocument(long id, Actor actor) {
        return decisions.document(visible(id, actor).id());
    }

    @Transactional(readOnly = true)
    public byte[] decisionSignature(long id, Actor actor) {
        return decisions.signature(visible(id, actor).id());
    }

    private ApplicationRow visible(long id, Actor actor) {
        return store.find(id)
                .filter(a -> actor.belongsTo(a.organisationId()) || actor.has(Role.PORTAL))
                .orElseThrow(() -> new NotFoundException("Заявление не найдено"));
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
