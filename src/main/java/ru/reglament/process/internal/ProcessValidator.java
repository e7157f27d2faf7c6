package ru.reglament.process.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import ru.reglament.process.ActionEffect;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.EffectCall;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.process.ProcessStatus;
import ru.reglament.process.Transition;

/**
 * Checks a definition before the platform runs it: every status it names exists, every status is
 * reachable from the initial one, every non-final status has a way out, every effect and fact is known,
 * and every action declares the parameters its effects read, with their types.
 */
final class ProcessValidator {

    private ProcessValidator() {
    }

    static List<String> problems(ProcessDefinition process, Map<String, ActionEffect> effects, Set<String> knownFacts) {
        List<String> problems = new ArrayList<>();
        if (!process.statuses().containsKey(process.initialStatus())) {
            problems.add("initial status " + process.initialStatus() + " is not among the statuses");
        }
        if (process.submittedBy().isEmpty()) problems.add("submittedBy: the roles whose clients submit applications");
        parameterNames("commonParameters", process.commonParameters(), problems);
        for (ProcessAction action : process.actions().values()) {
            if (action.transitions().isEmpty()) problems.add(action.code() + ": no transitions");
            for (Transition t : action.transitions()) {
                for (String from : t.from()) {
                    if (!from.equals(ProcessDefinitions.ANY) && !process.statuses().containsKey(from)) {
                        problems.add(action.code() + ": unknown status in from: " + from);
                    }
                }
                if (t.to() != null && !process.statuses().containsKey(t.to())) {
                    problems.add(action.code() + ": unknown status in to: " + t.to());
                }
                for (String fact : new String[] {t.when(), t.unless()}) {
                    if (fact != null && !knownFacts.contains(fact)) {
                        problems.add(action.code() + ": unknown fact " + fact + "; known: " + new java.util.TreeSet<>(knownFacts));
                    }
                }
            }
            parameterNames(action.code() + ".parameters", action.parameters(), problems);
            Map<String, ActionParameter> accepted = process.parameters(action.code());
            for (EffectCall call : action.effects()) {
                ActionEffect effect = effects.get(call.name());
                if (effect == null) {
                    problems.add(action.code() + ": unknown effect " + call.name());
                    continue;
                }
                for (String problem : effect.problems(call, process)) {
                    problems.add(action.code() + ": effect " + call.name() + ": " + problem);
                }
                for (ActionEffect.EffectParameter needed : effect.parameters()) {
                    ActionParameter declared = accepted.get(needed.name());
                    if (declared == null && needed.required()) {
                        problems.add(action.code() + ": effect " + call.name() + " needs parameter " + needed.name()
                                + " of type " + needed.type() + "; declare it under parameters, required: true");
                    } else if (declared != null && !declared.type().equals(needed.type())) {
                        problems.add(action.code() + ": effect " + call.name() + " reads parameter " + needed.name()
                                + " as type " + needed.type() + ", declared as " + declared.type());
                    } else if (declared != null && needed.required() && !declared.required()) {
                        problems.add(action.code() + ": effect " + call.name() + " needs parameter " + needed.name()
                                + "; declare it required: true");
                    }
                }
            }
        }
        Set<String> reachable = reachableFrom(process);
        for (ProcessStatus status : process.statuses().values()) {
            if (!reachable.contains(status.code())) problems.add("status " + status.code() + " is not reachable");
            if (!status.isFinal() && !hasExit(process, status.code())) {
                problems.add("non-final status " + status.code() + " has no way out");
            }
        }
        return problems;
    }

    /** The history comment is the text parameter named {@code comment}. */
    private static void parameterNames(String where, Map<String, ActionParameter> parameters, List<String> problems) {
        ActionParameter comment = parameters.get(ProcessAction.COMMENT);
        if (comment != null && !comment.type().equals("text")) {
            problems.add(where + ".comment: the history comment is a parameter of type text");
        }
    }

    private static Set<String> reachableFrom(ProcessDefinition process) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        if (process.statuses().containsKey(process.initialStatus())) queue.add(process.initialStatus());
        while (!queue.isEmpty()) {
            String status = queue.poll();
            if (!seen.add(status)) continue;
            for (ProcessAction action : process.actions().values()) {
                for (Transition t : action.transitions()) {
                    if (t.to() != null && process.statuses().containsKey(t.to()) && appliesFrom(process, t, status)) {
                        queue.add(t.to());
                    }
                }
            }
        }
        return seen;
    }

    private static boolean hasExit(ProcessDefinition process, String status) {
        return process.actions().values().stream().flatMap(a -> a.transitions().stream())
                .anyMatch(t -> t.to() != null && !t.to().equals(status) && appliesFrom(process, t, status));
    }

    private static boolean appliesFrom(ProcessDefinition process, Transition t, String status) {
        return t.from().contains(status) || (t.from().contains(ProcessDefinitions.ANY)
                && process.statuses().containsKey(status) && !process.statuses().get(status).isFinal());
    }
}
