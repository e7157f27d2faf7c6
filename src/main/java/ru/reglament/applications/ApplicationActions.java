package ru.reglament.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import ru.reglament.access.Actor;
import ru.reglament.applications.internal.ActionEffect;
import ru.reglament.applications.internal.ActionExecution;
import ru.reglament.applications.internal.ActionExecutions;
import ru.reglament.applications.internal.ApplicationFacts;
import ru.reglament.applications.internal.ApplicationRow;
import ru.reglament.applications.internal.ApplicationStore;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.directory.PublicService;
import ru.reglament.process.ActionCheck;
import ru.reglament.process.EffectCall;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.shared.ConflictException;
import ru.reglament.shared.ForbiddenException;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.shared.NotFoundException;
import ru.reglament.shared.Violations;
import ru.reglament.staff.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies an action of the application's process: check organisation, role, status and version,
 * carry out the effects, write the row and its history lines at once. A follow-up system action
 * (e.g. no interagency requests to wait for) is part of the same write.
 *
 * <p>An action whose effects change only the application's row is written by one statement that
 * holds only if the row still has the version the action was decided on, so it needs no transaction
 * and no lock; a colleague who acted first makes it a 409. An action whose effects write elsewhere too
 * (a decision, a signature) runs in a transaction that locks the row first.
 */
@Service
public class ApplicationActions {

    private final ApplicationStore store;
    private final ProcessDefinitions processes;
    private final Directory directory;
    private final ApplicationFacts facts;
    private final Map<String, ActionEffect> effects;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationQueries queries;
    private final TransactionTemplate transaction;

    ApplicationActions(ApplicationQueries queries, ApplicationStore store, ProcessDefinitions processes,
            Directory directory, ApplicationFacts facts, List<ActionEffect> effects, JsonMapper json,
            TransactionTemplate transaction) {
        this.queries = queries;
        this.store = store;
        this.processes = processes;
        this.directory = directory;
        this.facts = facts;
        this.effects = ActionExecutions.byName(effects);
        this.json = json;
        this.transaction = transaction;
        this.clock = Clock.systemUTC();
    }

    /**
     * @param params the action's JSON: {@code version} (required, the card's version) and its parameters
     * @param upload bytes sent with the action (an uploaded document), or null
     * @return the card right after the action
     */
    public ApplicationCard perform(long applicationId, String action, JsonNode params, byte[] upload, Actor actor) {
        ApplicationRow application = visible(store.find(applicationId), actor);
        Violations violations = new Violations();
        processOf(application).checkParameters(params, violations);
        violations.throwIfAny();
        JsonNode version = params == null ? null : params.get(ProcessDefinition.VERSION_PARAMETER);
        if (version == null || !version.canConvertToInt()) {
            throw new InvalidInputException("version", "required", "Передайте версию карточки заявления (version)");
        }
        JsonNode safeParams = params == null ? json.createObjectNode() : params;
        if (!writesBeyondTheApplication(processOf(application), action)) {
            return queries.cardOf(apply(application, action, safeParams, upload, actor, version.asInt()), actor);
        }
        return transaction.execute(status -> queries.cardOf(apply(visible(store.lock(applicationId), actor), action,
                safeParams, upload, actor, version.asInt()), actor));
    }

    private ApplicationRow apply(ApplicationRow application, String action, JsonNode params, byte[] upload, Actor actor,
            int expectedVersion) {
        ProcessDefinition process = processOf(application);
        Instant now = clock.instant();
        List<ApplicationStore.HistoryLine> lines = new ArrayList<>();
        Step step = step(application, process, action, params, upload, actor, expectedVersion, now, lines);
        ApplicationStore.Change change = step.change();
        for (String followUp = step.followUp(); followUp != null; ) {
            Step next = step(application.with(change), process, followUp, json.createObjectNode(), null, Actor.SYSTEM,
                    null, now, lines);
            change = next.change();
            followUp = next.followUp();
        }
        return store.update(application.id(), application.version(), change, lines).orElseThrow(this::staleVersion);
    }

    private record Step(ApplicationStore.Change change, String followUp) {
    }

    /**
     * Checks one action against the row as it stands (and the caller's version, for the caller's own
     * action), runs its effects and adds its history line.
     */
    private Step step(ApplicationRow application, ProcessDefinition process, String action, JsonNode params,
            byte[] upload, Actor actor, Integer expectedVersion, Instant now, List<ApplicationStore.HistoryLine> lines) {
        PublicService service = directory.service(application.serviceId()).orElseThrow();
        Organisation organisation = directory.organisation(application.organisationId()).orElseThrow();
        ActionCheck check = process.check(action, application.status(), actor.rolesIn(application.organisationId()),
                facts.of(application, service, process, actor).facts());
        if (!check.isAllowed()) {
            if (actor.isSystem()) {
                throw new IllegalStateException("System action " + action + " is not allowed from "
                        + application.status() + " in process " + process.code() + " v" + process.version());
            }
            switch (check.denial()) {
                case UNKNOWN_ACTION -> throw new NotFoundException(check.message());
                case ROLE, NOT_ASSIGNEE -> throw new ForbiddenException(check.denial() == ActionCheck.Denial.ROLE
                        ? "role" : "assignee", check.message());
                default -> { }
            }
        }
        if (expectedVersion != null && expectedVersion != application.version()) throw staleVersion();
        if (!check.isAllowed()) {
            throw new ConflictException(check.denial() == ActionCheck.Denial.WRONG_STATUS ? "status" : "condition",
                    check.message());
        }
        ProcessAction definition = process.actions().get(action);
        String comment = ActionExecutions.comment(params, definition);
        ObjectNode details = json.createObjectNode();
        ActionExecution execution = ActionExecutions.start(application, process, definition, check.transition(), actor,
                params, now, service, organisation, details, upload);
        for (EffectCall call : definition.effects()) {
            effects.get(call.name()).apply(execution, call);
        }
        String status = check.transition().target(application.status());
        Long notifyEmployee = definition.notifies() == ProcessAction.Notify.ASSIGNEE && execution.assigneeId() != null
                && !execution.assigneeId().equals(actor.employeeIdOrNull()) ? execution.assigneeId() : null;
        Integer notifyOrganisation = definition.notifies() == ProcessAction.Notify.ORGANISATION
                ? execution.organisationId() : null;
        lines.add(new ApplicationStore.HistoryLine(now, actor.employeeIdOrNull(), actor.fullName(), action,
                application.status(), status, comment, details.isEmpty() ? null : json.writeValueAsString(details),
                notifyEmployee, notifyOrganisation));
        return new Step(new ApplicationStore.Change(status, execution.organisationId(), execution.assigneeId(),
                execution.registrationNumber(), process.isFinal(status) ? now : null, execution.decisionDrafted(), now),
                execution.followUpAction());
    }

    /**
     * Whether the action, or a system action that may follow it, has an effect writing beyond the
     * application's row (then it needs a transaction). Unknown actions are rejected further on.
     */
    private boolean writesBeyondTheApplication(ProcessDefinition process, String action) {
        ProcessAction definition = process.actions().get(action);
        if (definition == null) return false;
        return writesBeyond(definition) || process.actions().values().stream()
                .filter(a -> a.transitions().stream().allMatch(t -> t.roles().contains(Role.SYSTEM)))
                .anyMatch(this::writesBeyond);
    }

    private boolean writesBeyond(ProcessAction action) {
        return action.effects().stream().anyMatch(call -> effects.get(call.name()).writesBeyondTheApplication());
    }

    private ProcessDefinition processOf(ApplicationRow application) {
        return processes.version(application.processCode(), application.processVersion());
    }

    private static ApplicationRow visible(Optional<ApplicationRow> application, Actor actor) {
        return application.filter(a -> actor.belongsTo(a.organisationId()) || actor.has(Role.PORTAL))
                .orElseThrow(() -> new NotFoundException("Заявление не найдено"));
    }

    private ConflictException staleVersion() {
        return new ConflictException("version.stale",
                "Заявление изменилось (другой сотрудник уже выполнил действие); обновите карточку");
    }
}
