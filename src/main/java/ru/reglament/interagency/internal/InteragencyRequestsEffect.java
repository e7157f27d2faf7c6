package ru.reglament.interagency.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.reglament.interagency.InformationKind;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionEffect;
import ru.reglament.process.Changes;
import ru.reglament.process.EffectCall;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;

/**
 * Registration's interagency requests: one per kind of information the service requests for this
 * kind of applicant, written as a new round in the action's transaction (the outbox the senders
 * deliver from). The definition names what follows: {@code whenNone} at once when there is nothing
 * to request, {@code whenAnswered} and {@code whenIncomplete} once the round's required requests are
 * done.
 */
@Component
class InteragencyRequestsEffect implements ActionEffect {

    static final String WHEN_NONE = "whenNone";
    static final String WHEN_ANSWERED = "whenAnswered";
    static final String WHEN_INCOMPLETE = "whenIncomplete";

    private final KindCatalog catalog;
    private final Rounds rounds;
    private final boolean enabled;

    InteragencyRequestsEffect(KindCatalog catalog, Rounds rounds,
            @Value("${reglament.interagency.enabled:true}") boolean enabled) {
        this.catalog = catalog;
        this.rounds = rounds;
        this.enabled = enabled;
    }

    @Override
    public String name() {
        return "interagency-requests";
    }

    @Override
    public List<String> problems(EffectCall call, ProcessDefinition process) {
        List<String> problems = new ArrayList<>();
        for (String argument : List.of(WHEN_NONE, WHEN_ANSWERED, WHEN_INCOMPLETE)) {
            problems.addAll(systemAction(call, argument, process));
        }
        if (call.arguments().size() != 3) problems.add("takes only " + WHEN_NONE + ", " + WHEN_ANSWERED + ", " + WHEN_INCOMPLETE);
        return problems;
    }

    static List<String> systemAction(EffectCall call, String argument, ProcessDefinition process) {
        ProcessAction next = process.actions().get(call.argument(argument));
        return next == null || !next.isSystem() ? List.of(argument + ": a system action of the process") : List.of();
    }

    @Override
    public Changes apply(ActionContext context, EffectCall call) {
        Map<String, Object> applicant = enabled ? rounds.applicant(context.application()) : Map.of();
        List<InformationKind.Requested> kinds = !enabled ? List.of()
                : catalog.requestedBy(context.service().code(), String.valueOf(applicant.get("kind")));
        if (kinds.isEmpty()) return Changes.none().detail("interagencyRequests", 0).followWith(call.argument(WHEN_NONE));
        int round = rounds.start(context, applicant, kinds, call.argument(WHEN_ANSWERED),
                call.argument(WHEN_INCOMPLETE));
        return Changes.none().detail("interagencyRequests", kinds.size()).detail("interagencyRound", round)
                .detail("kinds", kinds.stream().map(k -> k.kind().code()).toList());
    }
}
