package ru.reglament.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies an action of the application's process. One action is one transaction: lock the row,
 * check organisation, role, status and version, carry out the effects, write the row and one
 * history line; a follow-up system action (e.g. no interagency requests to wait for) applies in the same transaction.
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

    ApplicationActions(ApplicationQueries queries, ApplicationStore store, ProcessDefinitions processes, Directory directory, ApplicationFacts facts,
            java.util.List<ActionEffect> effects, JsonMapper json) {
        this.queries = queries;
        this.store = store;
        this.processes = processes;
        this.directory = directory;
        this.facts = facts;
        this.effects = ActionExecutions.byName(effects);
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /**
     * @param params the action's JSON: {@code version} (required, the card's version) and its parameters
     * @param upload bytes sent with the action (an uploaded document), or null
     * @return the card right after the action, built in the same transaction
     */
    @Transactional
    public ApplicationCard perform(long applicationId, String action, JsonNode params, byte[] upload, Actor actor) {
        ApplicationRow application = store.lock(applicationId)
                .filter(a -> actor.belongsTo(a.organisationId()) || actor.has(ru.reglament.staff.Role.PORTAL))
                .orElseThrow(() -> new NotFoundException("Заявление не найдено"));
        JsonNode version = params == null ? null : params.get("version");
        if (version == null || !version.canConvertToInt()) {
            throw new InvalidInputException("version", "required", "Передайте версию карточки заявления (version)");
        }
        return queries.cardOf(apply(application, action, params, upload, actor, version.asInt()), actor);
    }

    /** Applies the action (and any follow-up system action) and returns the row as it then stands. */
    private ApplicationRow apply(ApplicationRow application, String action, JsonNode params, byte[] upload, Actor actor,
            int expectedVersion) {
        ProcessDefinition process = processes.version(application.processCode(), application.processVersion());
        PublicService service = directory.service(application.serviceId()).orElseThrow();
        Organisation organisation = directory.organisation(application.organisationId()).orElseThrow();
        ActionCheck check = process.check(action, application.status(),
                actor.rolesIn(application.organisationId()), facts.of(application, service, process, actor).facts());
        if (!check.isAllowed()) {
            switch (check.denial()) {
                case UNKNOWN_ACTION -> throw new NotFoundException(check.message());
                case ROLE, NOT_ASSIGNEE -> throw new ForbiddenException(check.denial() == ActionCheck.Denial.ROLE
                        ? "role" : "assignee", check.message());
                default -> { }
            }
        }
        if (expectedVersion != application.version()) {
            throw new ConflictException("version.stale",
                    "Заявление изменилось (другой сотрудник уже выполнил действие); обновите карточку");
        }
        if (!check.isAllowed()) {
            throw new ConflictException(check.denial() == ActionCheck.Denial.WRONG_STATUS ? "status" : "condition",
                    check.message());
        }
        ProcessAction definition = process.actions().get(action);
        JsonNode safeParams = params == null ? json.createObjectNode() : params;
        String comment = ActionExecutions.comment(safeParams, definition);
        ObjectNode details = json.createObjectNode();
        Instant now = clock.instant();
        ActionExecution execution = ActionExecutions.start(application, process, definition, check.transition(), actor,
                safeParams, now, service, organisation, details, upload);
        for (EffectCall call : definition.effects()) {
            effects.get(call.name()).apply(execution, call);
        }
        String status = check.transition().target(application.status());
        ApplicationRow updated = store.update(application.id(), application.version(), new ApplicationStore.Change(
                status, execution.organisationId(), execution.assigneeId(), execution.registrationNumber(),
                process.isFinal(status) ? now : null, execution.decisionDrafted(), now, actor.employeeIdOrNull(),
                actor.fullName(), action, application.status(), comment,
                details.isEmpty() ? null : json.writeValueAsString(details)));
        if (execution.followUpAction() == null) return updated;
        return apply(updated, execution.followUpAction(), json.createObjectNode(), null, Actor.SYSTEM, updated.version());
    }
}
