package ru.reglament.process.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionEffect;
import ru.reglament.process.Changes;
import ru.reglament.process.EffectCall;
import ru.reglament.process.IntermediateStatusSet;

/** Records an informative status for the applicant (e.g. «Требуется личная явка») without moving the process. */
@Component
class IntermediateStatusEffect implements ActionEffect {

    private static final String CODE = "code";

    @Override
    public String name() {
        return "intermediate-status";
    }

    @Override
    public List<EffectParameter> parameters() {
        return List.of(new EffectParameter(CODE, "intermediate-status", true));
    }

    @Override
    public boolean writesBeyondTheApplication() {
        return false;
    }

    @Override
    public Changes apply(ActionContext context, EffectCall call) {
        String code = context.inputs().text(CODE);
        String name = context.process().intermediateStatuses().get(code);
        return Changes.none().detail("intermediateStatus", code).detail("intermediateStatusName", name)
                .publish(new IntermediateStatusSet(context.application().id(), context.organisation().id(), code, name,
                        context.now()));
    }
}
