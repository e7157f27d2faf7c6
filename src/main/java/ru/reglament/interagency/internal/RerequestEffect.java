package ru.reglament.interagency.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.reglament.interagency.InformationKind;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionEffect;
import ru.reglament.process.Changes;
import ru.reglament.process.EffectCall;
import ru.reglament.process.ProcessDefinition;

/**
 * Requests the chosen kinds of information again, as a new round; once every one of them is
 * answered, refused or overdue the system action {@code whenDone} returns the application to where
 * the specialist asked from.
 */
@Component
class RerequestEffect implements ActionEffect {

    static final String KINDS = "kinds";
    static final String WHEN_DONE = "whenDone";

    private final Rounds rounds;
    private final boolean enabled;

    RerequestEffect(Rounds rounds, @Value("${reglament.interagency.enabled:true}")
            boolean enabled) {
        this.rounds = rounds;
        this.enabled = enabled;
    }

    @Override
    public String name() {
        return "interagency-rerequest";
    }

    @Override
    public List<EffectParameter> parameters() {
        return List.of(new EffectParameter(KINDS, InformationKindsParameterType.NAME, true));
    }

    @Override
    public List<String> problems(EffectCall call, ProcessDefinition process) {
        List<String> problems = new ArrayList<>(InteragencyRequestsEffect.systemAction(call, WHEN_DONE, process));
        if (call.arguments().size() != 1) problems.add("takes only " + WHEN_DONE);
        return problems;
    }

    @Override
    public Changes apply(ActionContext context, EffectCall call) {
        // Every kind asked for again is waited for: the specialist chose them.
        List<InformationKind.Requested> kinds = context.inputs().values(KINDS, InformationKind.Requested.class).stream()
                .map(k -> new InformationKind.Requested(k.kind(), true, k.applicants())).toList();
        // With requests off (a contour without SMEV) there is nothing to wait for.
        if (!enabled || kinds.isEmpty()) return Changes.none().detail("interagencyRequests", 0).followWith(call.argument(WHEN_DONE));
        int round = rounds.start(context, rounds.applicant(context.application()), kinds, call.argument(WHEN_DONE),
                call.argument(WHEN_DONE));
        return Changes.none().detail("interagencyRequests", kinds.size()).detail("interagencyRound", round)
                .detail("kinds", kinds.stream().map(k -> k.kind().code()).toList());
    }
}
