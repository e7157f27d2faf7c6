package ru.reglament.interagency.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionEffect;
import ru.reglament.process.Changes;
import ru.reglament.process.EffectCall;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;

/**
 * Sends the service's configured interagency requests on registration. No kinds of information are
 * configured yet, and with none the process moves on to "answers received" at once (DOMAIN.md,
 * {@code register}), as the system action named by the effect's {@code whenNone} argument.
 */
@Component
class InteragencyRequestsEffect implements ActionEffect {

    private static final String WHEN_NONE = "whenNone";

    @Override
    public String name() {
        return "interagency-requests";
    }

    @Override
    public boolean writesBeyondTheApplication() {
        return false;
    }

    @Override
    public List<String> problems(EffectCall call, ProcessDefinition process) {
        ProcessAction next = process.actions().get(call.argument(WHEN_NONE));
        if (next == null || !next.isSystem() || call.arguments().size() != 1) {
            return List.of(WHEN_NONE + ": the system action that follows when there is nothing to send");
        }
        return List.of();
    }

    @Override
    public Changes apply(ActionContext context, EffectCall call) {
        return Changes.none().detail("interagencyRequests", 0).followWith(call.argument(WHEN_NONE));
    }
}
