package ru.reglament.applications.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.reglament.access.Actor;
import ru.reglament.decisions.Decision;
import ru.reglament.decisions.DecisionKind;
import ru.reglament.decisions.Decisions;
import ru.reglament.directory.PublicService;
import ru.reglament.process.Facts;
import ru.reglament.process.ProcessDefinition;

/** Works out the facts transitions test ({@link Facts}), querying the decision only where a transition needs it. */
@Component
public class ApplicationFacts {

    private final Decisions decisions;

    ApplicationFacts(Decisions decisions) {
        this.decisions = decisions;
    }

    public record Known(Set<String> facts, Optional<Decision> decision) {
    }

    public Known of(ApplicationRow application, PublicService service, ProcessDefinition process, Actor actor) {
        Set<String> facts = new HashSet<>();
        if (application.assigneeId() != null && application.assigneeId() == actor.employeeId() && !actor.isSystem()) {
            facts.add(Facts.CALLER_IS_ASSIGNEE);
        }
        if (service.isPaid()) facts.add(Facts.PAID_SERVICE);
        Optional<Decision> decision = application.hasDecision() && needsDecision(process, application.status())
                ? decisions.current(application.id()) : Optional.empty();
        decision.filter(d -> !d.isSigned()).ifPresent(draft -> {
            facts.add(switch (draft.kind()) {
                case GRANT -> Facts.DRAFT_GRANT;
                case REFUSAL -> Facts.DRAFT_REFUSAL;
                case ACCEPTANCE_REFUSAL -> Facts.DRAFT_ACCEPTANCE_REFUSAL;
            });
            if (draft.kind() != DecisionKind.ACCEPTANCE_REFUSAL) facts.add(Facts.DRAFT_DECISION);
        });
        return new Known(facts, decision);
    }

    private static boolean needsDecision(ProcessDefinition process, String status) {
        return process.actions().values().stream().flatMap(a -> a.transitions().stream())
                .filter(t -> process.appliesFrom(t, status))
                .anyMatch(t -> isDraftFact(t.when()) || isDraftFact(t.unless()));
    }

    private static boolean isDraftFact(String fact) {
        return fact != null && fact.startsWith("draft-");
    }
}
