package ru.reglament.process;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.reglament.shared.InputPolicy;
import ru.reglament.shared.Violations;
import ru.reglament.staff.Role;
import tools.jackson.databind.JsonNode;

/**
 * A versioned process definition, loaded from {@code processes/*.yaml}: statuses with their
 * worklists, actions with their parameters, transitions and effects, intermediate statuses, who may
 * submit applications. It answers who may take which action in which status, what an action asks for
 * (and so whom it may assign: a transition's {@code assignees}) and what each role's worklist holds.
 */
public final class ProcessDefinition {

    /** The body key every action carries besides its parameters: the card version the caller saw. */
    public static final String VERSION_PARAMETER = "version";

    private final String code;
    private final int version;
    private final String title;
    private final String initialStatus;
    private final Map<String, ProcessStatus> statuses;
    private final Map<String, ProcessAction> actions;
    private final Map<String, String> intermediateStatuses;
    private final Set<Role> submittedBy;
    private final Map<String, ActionParameter> commonParameters;
    // Worked out once: read for every card and every action.
    private final Map<String, Integer> statusOrder = new HashMap<>();
    private final Map<String, Map<String, ActionParameter>> accepted = new HashMap<>();
    private final Map<String, Set<String>> factsTestedFrom = new HashMap<>();

    public ProcessDefinition(String code, int version, String title, String initialStatus,
            Map<String, ProcessStatus> statuses, Map<String, ProcessAction> actions,
            Map<String, String> intermediateStatuses, Set<Role> submittedBy, Map<String, ActionParameter> commonParameters) {
        this.code = code;
        this.version = version;
        this.title = title;
        this.initialStatus = initialStatus;
        this.statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        this.actions = Collections.unmodifiableMap(new LinkedHashMap<>(actions));
        this.intermediateStatuses = Collections.unmodifiableMap(new LinkedHashMap<>(intermediateStatuses));
        this.submittedBy = Set.copyOf(submittedBy);
        this.commonParameters = Collections.unmodifiableMap(new LinkedHashMap<>(commonParameters));
        int i = 0;
        for (String status : statuses.keySet()) statusOrder.put(status, i++);
        for (ProcessAction action : actions.values()) {
            Map<String, ActionParameter> all = new LinkedHashMap<>(action.parameters());
            commonParameters.forEach(all::putIfAbsent);
            accepted.put(action.code(), Collections.unmodifiableMap(all));
        }
        for (String status : statuses.keySet()) {
            Set<String> facts = new HashSet<>();
            for (ProcessAction action : actions.values()) {
                for (Transition t : action.transitions()) {
                    if (!appliesFrom(t, status)) continue;
                    if (t.when() != null) facts.add(t.when());
                    if (t.unless() != null) facts.add(t.unless());
                }
            }
            factsTestedFrom.put(status, Set.copyOf(facts));
        }
    }

    public String code() { return code; }
    public int version() { return version; }
    public String title() { return title; }
    public String initialStatus() { return initialStatus; }
    public Map<String, ProcessStatus> statuses() { return statuses; }
    public Map<String, ProcessAction> actions() { return actions; }
    public Map<String, String> intermediateStatuses() { return intermediateStatuses; }
    /** The roles whose clients submit applications into this process (the portal's). */
    public Set<Role> submittedBy() { return submittedBy; }
    /** Parameters every action accepts besides its own (an internal note for the history line). */
    public Map<String, ActionParameter> commonParameters() { return commonParameters; }

    /** Everything the action accepts: its own parameters, then the common ones it does not redeclare. */
    public Map<String, ActionParameter> parameters(String action) {
        Map<String, ActionParameter> parameters = accepted.get(action);
        return parameters == null ? Map.of() : parameters;
    }

    /**
     * Checks an action's body against what the action accepts: every key declared, every value of its
     * shape and within the text policy. Adds one violation per broken rule; reads no value's meaning.
     */
    public void checkBody(String action, JsonNode body, Violations violations) {
        if (body == null || body.isNull()) return;
        if (!body.isObject()) {
            violations.add("body", "object", "Параметры действия передаются объектом JSON");
            return;
        }
        Map<String, ActionParameter> parameters = parameters(action);
        for (Map.Entry<String, JsonNode> entry : body.properties()) {
            if (entry.getKey().equals(VERSION_PARAMETER)) continue;
            ActionParameter parameter = parameters.get(entry.getKey());
            if (parameter == null) {
                // A key that is itself hostile is named as the body's fault, never echoed as a field name.
                if (InputPolicy.text("body", entry.getKey(), InputPolicy.MAX_KEY, false, violations)) {
                    violations.add(entry.getKey(), "parameter.unknown",
                            "Действие не принимает такой параметр (проверьте написание)");
                }
            } else {
                parameter.checkShape(entry.getValue(), violations);
            }
        }
    }

    public ProcessAction action(String code) {
        ProcessAction action = actions.get(code);
        if (action == null) throw new IllegalStateException("Action " + code + " is not in process " + this.code);
        return action;
    }

    public ProcessStatus status(String code) {
        ProcessStatus status = statuses.get(code);
        if (status == null) throw new IllegalStateException("Status " + code + " is not in process " + this.code);
        return status;
    }

    /** The status's place in the definition's order (the order of the process diagram); unknown ones last. */
    public int statusOrder(String code) {
        return statusOrder.getOrDefault(code, Integer.MAX_VALUE);
    }

    public boolean isFinal(String status) {
        return status(status).isFinal();
    }

    /** The facts that transitions which could apply in this status test: only these need establishing. */
    public Set<String> factsTestedFrom(String status) {
        Set<String> facts = factsTestedFrom.get(status);
        return facts == null ? Set.of() : facts;
    }

    /** Decides whether the caller, holding {@code roles} in the application's organisation, may take the action. */
    public ActionCheck check(String action, String status, Set<Role> roles, Set<String> facts) {
        ProcessAction definition = actions.get(action);
        if (definition == null) {
            return ActionCheck.denied(ActionCheck.Denial.UNKNOWN_ACTION, "Неизвестное действие: " + action);
        }
        Transition allowed = firstAllowed(definition, status, roles, facts);
        return allowed != null ? ActionCheck.allowed(allowed) : denial(definition, status, roles, facts);
    }

    /**
     * Whether taking the action now is a repeat to answer with the card as it stands: the action is
     * {@code repeatable}, the application stands in the final status it leads to, and the caller holds a
     * role of the transition that leads there (anyone else is refused as for any action).
     */
    public boolean isRepeat(String action, String status, Set<Role> roles) {
        ProcessAction definition = actions.get(action);
        if (definition == null || !definition.repeatable() || !isFinal(status)) return false;
        return definition.transitions().stream().anyMatch(t -> status.equals(t.to()) && allowsAnyOf(t, roles));
    }

    /** The actions the caller may take now, in definition order, each with the transition that applies. */
    public List<Offer> available(String status, Set<Role> roles, Set<String> facts) {
        List<Offer> result = new ArrayList<>();
        for (ProcessAction action : actions.values()) {
            Transition t = firstAllowed(action, status, roles, facts);
            if (t != null) result.add(new Offer(action, t));
        }
        return result;
    }

    /** An action the caller may take now, with the transition that would apply. */
    public record Offer(ProcessAction action, Transition transition) {
    }

    /** The statuses in which an application waits for anyone of the organisation holding one of these roles. */
    public List<ProcessStatus> queuesOf(Set<Role> roles) {
        List<ProcessStatus> queues = new ArrayList<>();
        for (ProcessStatus status : statuses.values()) {
            if (status.waitsForAnyOf(roles)) queues.add(status);
        }
        return queues;
    }

    // Runs for every action on every card and every action taken, so it is a plain loop that builds no message.
    private Transition firstAllowed(ProcessAction action, String status, Set<Role> roles, Set<String> facts) {
        for (Transition t : action.transitions()) {
            if (appliesFrom(t, status) && allowsAnyOf(t, roles)
                    && (!t.assigneeOnly() || facts.contains(Facts.CALLER_IS_ASSIGNEE))
                    && (t.when() == null || facts.contains(t.when()))
                    && (t.unless() == null || !facts.contains(t.unless()))) {
                return t;
            }
        }
        return null;
    }

    /** Why no transition lets the caller take the action, the broadest reason first. */
    private ActionCheck denial(ProcessAction definition, String status, Set<Role> roles, Set<String> facts) {
        if (definition.transitions().stream().noneMatch(t -> allowsAnyOf(t, roles))) {
            return ActionCheck.denied(ActionCheck.Denial.ROLE, "Роль пользователя не позволяет действие «"
                    + definition.label() + "»");
        }
        List<Transition> fromHere = definition.transitions().stream().filter(t -> appliesFrom(t, status)).toList();
        if (fromHere.isEmpty()) {
            return ActionCheck.denied(ActionCheck.Denial.WRONG_STATUS, "Действие «" + definition.label()
                    + "» недоступно в статусе «" + status(status).name() + "»");
        }
        List<Transition> forRoles = fromHere.stream().filter(t -> allowsAnyOf(t, roles)).toList();
        if (forRoles.isEmpty()) {
            return ActionCheck.denied(ActionCheck.Denial.ROLE, "В статусе «" + status(status).name()
                    + "» действие «" + definition.label() + "» выполняет другая роль");
        }
        if (forRoles.stream().allMatch(t -> t.assigneeOnly() && !facts.contains(Facts.CALLER_IS_ASSIGNEE))) {
            return ActionCheck.denied(ActionCheck.Denial.NOT_ASSIGNEE,
                    "Действие «" + definition.label() + "» выполняет ответственный исполнитель заявления");
        }
        return ActionCheck.denied(ActionCheck.Denial.CONDITION,
                "Действие «" + definition.label() + "» сейчас недоступно для этого заявления");
    }

    private static boolean allowsAnyOf(Transition transition, Set<Role> roles) {
        for (Role role : transition.roles()) {
            if (roles.contains(role)) return true;
        }
        return false;
    }

    /** Whether the transition applies in this status: it names the status, or {@code any} and the status is not final. */
    public boolean appliesFrom(Transition transition, String status) {
        if (transition.from().contains(status)) return true;
        if (!transition.from().contains(ProcessDefinitions.ANY)) return false;
        ProcessStatus known = statuses.get(status);
        return known != null && !known.isFinal();
    }

    @Override
    public String toString() {
        return "ProcessDefinition[" + code + " v" + version + "]";
    }
}
