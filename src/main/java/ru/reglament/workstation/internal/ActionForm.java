package ru.reglament.workstation.internal;

import java.util.List;
import ru.reglament.directory.DecisionGround;
import ru.reglament.process.EffectCall;
import ru.reglament.process.ProcessAction;
import ru.reglament.staff.Employee;

/**
 * The form an action button opens, chosen from the action's effects in the process definition:
 * a new effect with parameters needs a form kind here, a new action with known effects needs nothing.
 */
record ActionForm(String code, String label, Kind kind, boolean commentRequired, String decisionKind,
        List<DecisionGround> grounds, List<Employee> colleagues) {

    enum Kind { PLAIN, COMMENT, ASSIGN, ROUTE, DECISION, INTERMEDIATE_STATUS, SIGN, UPLOAD }

    static Kind kindOf(ProcessAction action) {
        for (EffectCall effect : action.effects()) {
            switch (effect.name()) {
                case "assign-to-employee": return Kind.ASSIGN;
                case "route": return Kind.ROUTE;
                case "draft-decision": return Kind.DECISION;
                case "intermediate-status": return Kind.INTERMEDIATE_STATUS;
                case "sign-decision": return Kind.SIGN;
                case "replace-decision-document": return Kind.UPLOAD;
                default: break;
            }
        }
        return action.requiresComment() ? Kind.COMMENT : Kind.PLAIN;
    }

    static String decisionKindOf(ProcessAction action) {
        return action.effects().stream().filter(e -> e.name().equals("draft-decision"))
                .map(e -> e.argument("kind")).findFirst().orElse(null);
    }

    public boolean needsForm() {
        return kind != Kind.PLAIN;
    }

    public String kindName() {
        return kind.name();
    }
}
