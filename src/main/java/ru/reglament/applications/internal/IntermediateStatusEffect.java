package ru.reglament.applications.internal;

import org.springframework.stereotype.Component;
import ru.reglament.process.EffectCall;
import ru.reglament.shared.InvalidInputException;

/** Records an informative status for the applicant (e.g. «Требуется личная явка») without moving the process. */
@Component
class IntermediateStatusEffect implements ActionEffect {

    @Override
    public String name() {
        return "intermediate-status";
    }

    @Override
    public boolean writesBeyondTheApplication() {
        return false;
    }

    @Override
    public void apply(ActionExecution execution, EffectCall call) {
        String code = execution.requiredText("code", "Выберите промежуточный статус");
        String title = execution.process().intermediateStatuses().get(code);
        if (title == null) {
            throw new InvalidInputException("code", "intermediate-status.unknown",
                    "Промежуточный статус не из списка: " + execution.process().intermediateStatuses().keySet());
        }
        execution.details().put("intermediateStatus", code).put("intermediateStatusName", title);
    }
}
