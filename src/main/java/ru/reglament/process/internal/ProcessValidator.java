package ru.reglament.process.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.reglament.process.EffectCall;
import ru.reglament.process.Facts;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.process.ProcessStatus;
import ru.reglament.process.Transition;

/**
 * Checks a definition before the platform runs it: every status it names exists, every status is
 * reachable from the initial one, every non-final status has a way out, every effect and fact is known.
 */
final class ProcessValidator {

    private ProcessValidator() {
    }

    static List<String> problems(ProcessDefinition process, Set<String> knownEffects) {
        List<String> problems = new ArrayList<>();
        if (!process.statuses().containsKey(process.initialStatus())) {
            problems.add("initial status " + process.initialStatus() + " is not among the statuses");
        }
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
                    if (fact != null && !Facts.KNOWN.contains(fact)) problems.add(action.code() + ": unknown fact " + fact);
                }
            }
            for (EffectCall effect : action.effects()) {
                if (!knownEffects.contains(effect.name())) problems.add(action.code() + ": unknown effect " + effect.name());
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
