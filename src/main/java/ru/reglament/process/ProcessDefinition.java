package ru.reglament.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.reglament.shared.InputPolicy;
import ru.reglament.shared.Violations;
import ru.reglament.staff.Role;
import tools.jackson.databind.JsonNode;

/**
 * A versioned process definition, loaded from {@code processes/*.yaml}: statuses, actions and
 * intermediate statuses, the parameters actions accept. Answers who may take which action in which status.
 */
public record ProcessDefinition(String code, int version, String title, String initialStatus,
        Map<String, ProcessStatus> statuses, Map<String, ProcessAction> actions,
        Map<String, String> intermediateStatuses, Map<String, ActionParameter> parameters) {

    /** The body key every action carries besides its parameters: the card version the caller saw. */
    public static final String VERSION_PARAMETER = "version";

    /**
     * Checks an action's body against the declared parameters: every key declared, every value of its
     * type and within the text policy. Adds one violation per broken rule.
     */
    public void checkParameters(JsonNode body, Violations violations) {
        if (body == null || body.isNull()) return;
        if (!body.isObject()) {
            violations.add("body", "object", "Параметры действия передаются объектом JSON");
            return;
        }
        for (Map.Entry<String, JsonNode> entry : body.properties()) {
            if (entry.getKey().equals(VERSION_PARAMETER)) continue;
            ActionParameter parameter = parameters.get(entry.getKey());
            if (parameter == null) {
                // A key that is itself hostile is named as the body's fault, never echoed as a field name.
                if (InputPolicy.text("body", entry.getKey(), InputPolicy.MAX_KEY, false, violations)) {
                    violations.add(entry.getKey(), "parameter.unknown",
                            "Действия процесса не принимают такой параметр (проверьте написание)");
                }
            } else {
                parameter.check(entry.getValue(), violations);
            }
        }
    }

    public ProcessStatus status(String code) {
        ProcessStatus status = statuses.get(code);
        if (status == null) throw new IllegalStateException("Status " + code + " is not in process " + this.code);
        return status;
    }

    /** The status's place in the definition's order (the order of the process diagram); unknown ones last. */
    public int statusOrder(String code) {
        int i = 0;
        for (String status : statuses.keySet()) {
            if (status.equals(code)) return i;
            i++;
        }
        return Integer.MAX_VALUE;
    }

    public boolean isFinal(String status) {
        return status(status).isFinal();
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

    /** The actions the caller may take now, in definition order: exactly the buttons to show. */
    public List<ProcessAction> available(String status, Set<Role> roles, Set<String> facts) {
        List<ProcessAction> result = new ArrayList<>();
        for (ProcessAction action : actions.values()) {
            if (firstAllowed(action, status, roles, facts) != null) result.add(action);
        }
        return result;
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

    /** Whether any transition of the action could apply in this status for some role (ignoring the caller). */
    public boolean appliesFrom(Transition transition, String status) {
        return transition.from().contains(status)
                || (transition.from().contains(ProcessDefinitions.ANY) && !isFinal(status));
    }
}
