package ru.reglament.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import ru.reglament.access.Actor;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.directory.PublicService;
import ru.reglament.shared.ConflictException;
import ru.reglament.shared.ForbiddenException;
import ru.reglament.shared.NotFoundException;
import ru.reglament.shared.Violations;
import tools.jackson.databind.JsonNode;

/**
 * Applies an action to an application as its process defines it: establishes the facts, checks the
 * caller's roles and the status, reads the parameters into typed inputs, runs the effects the modules
 * contribute and any system action that follows. It writes nothing itself: the caller (the
 * applications module) writes the outcome in one statement and publishes its events.
 */
@Service
public class ProcessEngine {

    private final Map<String, ActionEffect> effects;
    private final Map<String, ParameterType> types;
    private final List<FactSource> factSources;
    private final Directory directory;

    ProcessEngine(List<ActionEffect> effects, List<ParameterType> types, List<FactSource> factSources,
            Directory directory) {
        this.effects = effects.stream().collect(Collectors.toUnmodifiableMap(ActionEffect::name, Function.identity()));
        this.types = types.stream().collect(Collectors.toUnmodifiableMap(ParameterType::name, Function.identity()));
        this.factSources = List.copyOf(factSources);
        this.directory = directory;
    }

    /**
     * An action asked of the engine. {@code body} holds the parameters (its shape already checked
     * against the declaration), {@code files} the uploads by parameter name.
     */
    public record Request(ApplicationSnapshot application, ProcessDefinition process, PublicService service,
            Organisation organisation, String action, JsonNode body, Map<String, Upload> files, Actor caller,
            int expectedVersion, Instant now, Lookups lookups) {
    }

    /** One line of history: an action taken, by whom, from which status to which, with its comment and details. */
    public record Line(String action, String statusBefore, String statusAfter, Actor actor, String comment,
            Map<String, Object> details) {
    }

    /**
     * What the action did: the application as it now stands (status, organisation, assignee, number),
     * where it now belongs, the history lines (the caller's action, then any system action that
     * followed), the domain events the effects raised, and whether an effect drafted, replaced or
     * signed the decision.
     */
    public record Applied(ApplicationSnapshot application, Organisation organisation, List<Line> lines,
            List<Object> events, boolean decisionChanged) {
    }

    public Applied apply(Request request) {
        ApplicationSnapshot application = request.application();
        Organisation organisation = request.organisation();
        List<Line> lines = new ArrayList<>(2);
        List<Object> events = new ArrayList<>(0);
        String action = request.action();
        JsonNode body = request.body();
        Map<String, Upload> files = request.files();
        Actor caller = request.caller();
        Integer expectedVersion = request.expectedVersion();
        Lookups lookups = request.lookups();
        boolean decisionChanged = false;
        while (action != null) {
            ProcessDefinition process = request.process();
            Transition transition = allowedTransition(application, process, request.service(), action, caller,
                    expectedVersion, lookups);
            ProcessAction definition = process.actions().get(action);
            ActionContext context = new ActionContext(application, process, definition, transition, caller,
                    request.service(), organisation, request.now(), ActionInputs.NONE, lookups);
            context = context.with(read(definition, process, body, files, context));
            Map<String, Object> details = new LinkedHashMap<>();
            String followUp = null;
            for (EffectCall call : definition.effects()) {
                Changes changes = effects.get(call.name()).apply(context, call);
                ApplicationSnapshot changed = application.with(changes);
                if (changed.organisationId() != application.organisationId()) {
                    organisation = directory.organisation(changed.organisationId()).orElseThrow();
                }
                application = changed;
                context = context.with(application, organisation);
                details.putAll(changes.details());
                events.addAll(changes.events());
                decisionChanged |= changes.changesDecision();
                if (changes.followUp() != null) followUp = changes.followUp();
            }
            String before = application.status();
            application = application.withStatus(transition.target(before));
            lines.add(new Line(action, before, application.status(), caller,
                    context.inputs().text(ProcessAction.COMMENT), details));
            if (followUp != null && !process.action(followUp).isSystem()) {
                // Only the platform's own actions follow: the lock was decided on them (needsLock).
                throw new IllegalStateException("Effect of " + action + " names " + followUp
                        + " to follow, which is not a system action in process " + process.code());
            }
            action = followUp;
            body = null;
            files = Map.of();
            caller = Actor.SYSTEM;
            expectedVersion = null;
            // What the effects wrote may change the facts a follow-up tests: it looks them up afresh.
            lookups = new Lookups();
        }
        return new Applied(application, organisation, lines, events, decisionChanged);
    }

    /**
     * The transition the caller may take, or the refusal: 404 for an unknown action, 403 when the role
     * or the assignment does not allow it, 409 when the card the caller saw is stale or the status or a
     * condition does not. The version is compared after the role, so a caller who may never act learns
     * nothing of the application's changes.
     */
    private Transition allowedTransition(ApplicationSnapshot application, ProcessDefinition process,
            PublicService service, String action, Actor caller, Integer expectedVersion, Lookups lookups) {
        ActionCheck check = process.check(action, application.status(), caller.rolesIn(application.organisationId()),
                facts(application, process, service, caller, lookups));
        if (!check.isAllowed()) {
            if (caller.isSystem()) {
                throw new IllegalStateException("System action " + action + " is not allowed from "
                        + application.status() + " in process " + process.code() + " v" + process.version());
            }
            switch (check.denial()) {
                case UNKNOWN_ACTION -> throw new NotFoundException(check.message());
                case ROLE -> throw new ForbiddenException("role", check.message());
                case NOT_ASSIGNEE -> throw new ForbiddenException("assignee", check.message());
                default -> { }
            }
        }
        if (expectedVersion != null && expectedVersion != application.version()) throw staleVersion();
        if (!check.isAllowed()) {
            throw new ConflictException(check.denial() == ActionCheck.Denial.WRONG_STATUS ? "status" : "condition",
                    check.message());
        }
        return check.transition();
    }

    /** Reads every parameter given into its typed value, and refuses a missing required one; all violations at once. */
    private ActionInputs read(ProcessAction action, ProcessDefinition process, JsonNode body, Map<String, Upload> files,
            ActionContext context) {
        Map<String, ActionParameter> parameters = process.parameters(action.code());
        if (parameters.isEmpty()) return ActionInputs.NONE;
        Violations violations = new Violations();
        Map<String, Object> values = new LinkedHashMap<>();
        for (ActionParameter parameter : parameters.values()) {
            JsonNode json = body == null ? null : body.get(parameter.name());
            Upload file = files.get(parameter.name());
            if (!ActionParameter.present(json) && file == null) {
                if (parameter.required()) {
                    violations.add(parameter.name(), "required", "Заполните поле «" + parameter.label() + "»");
                }
                continue;
            }
            Object value = types.get(parameter.type()).read(json, file, parameter, context, violations);
            if (value != null) values.put(parameter.name(), value);
        }
        violations.throwIfAny();
        return new ActionInputs(values);
    }

    /** The facts that hold now, establishing only those a transition possible in this status tests. */
    public Set<String> facts(ApplicationSnapshot application, ProcessDefinition process, PublicService service,
            Actor caller, Lookups lookups) {
        Set<String> facts = new HashSet<>(4);
        if (application.assigneeId() != null && !caller.isSystem() && application.assigneeId() == caller.employeeId()) {
            facts.add(Facts.CALLER_IS_ASSIGNEE);
        }
        if (service.isPaid()) facts.add(Facts.PAID_SERVICE);
        Set<String> tested = process.factsTestedFrom(application.status());
        if (tested.isEmpty()) return facts;
        for (FactSource source : factSources) {
            for (String fact : source.facts()) {
                if (tested.contains(fact)) {
                    source.establish(application, lookups, facts);
                    break;
                }
            }
        }
        return facts;
    }

    /** What the caller may do now, as buttons: the actions offered to people, with their transitions. */
    public List<ProcessDefinition.Offer> offers(ApplicationSnapshot application, ProcessDefinition process,
            PublicService service, Actor caller, Lookups lookups) {
        List<ProcessDefinition.Offer> offers = new ArrayList<>();
        for (ProcessDefinition.Offer offer : process.available(application.status(),
                caller.rolesIn(application.organisationId()), facts(application, process, service, caller, lookups))) {
            if (!offer.action().isSystem()) offers.add(offer);
        }
        return offers;
    }

    /** What a form offers for one parameter of an action the caller may take now. */
    public List<ParameterType.Choice> choices(ApplicationSnapshot application, ProcessDefinition process,
            PublicService service, Organisation organisation, Actor caller, ProcessDefinition.Offer offer,
            ActionParameter parameter, Map<String, String> others, Instant now) {
        ActionContext context = new ActionContext(application, process, offer.action(), offer.transition(), caller,
                service, organisation, now, ActionInputs.NONE, new Lookups());
        return type(parameter.type()).choices(parameter, context, others);
    }

    public ParameterType type(String name) {
        ParameterType type = types.get(name);
        if (type == null) throw new IllegalArgumentException("Unknown parameter type " + name);
        return type;
    }

    /**
     * Whether the action, or a system action that may follow it, has an effect writing beyond the
     * application's row: then the row is locked before the action is decided.
     */
    public boolean needsLock(ProcessDefinition process, String action) {
        ProcessAction definition = process.actions().get(action);
        if (definition == null) return false;
        if (writesBeyond(definition)) return true;
        for (ProcessAction other : process.actions().values()) {
            if (other.isSystem() && writesBeyond(other)) return true;
        }
        return false;
    }

    private boolean writesBeyond(ProcessAction action) {
        for (EffectCall call : action.effects()) {
            if (effects.get(call.name()).writesBeyondTheApplication()) return true;
        }
        return false;
    }

    public static ConflictException staleVersion() {
        return new ConflictException("version.stale",
                "Заявление изменилось: другой сотрудник уже выполнил действие");
    }
}
