package ru.reglament.process.internal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.DeclaredParameterType;
import ru.reglament.process.Upload;
import ru.reglament.shared.Violations;
import tools.jackson.databind.JsonNode;

/** One of the process's intermediate statuses (its {@code intermediateStatuses}), sent as the code. */
@Component
class IntermediateStatusParameterType extends DeclaredParameterType {


    IntermediateStatusParameterType() {
        super("intermediate-status", ActionParameter.Shape.TEXT, Control.SELECT, true);
    }

    @Override
    public Object read(JsonNode json, Upload file, ActionParameter declared, ActionContext context, Violations violations) {
        String code = json.asString().trim();
        if (!context.process().intermediateStatuses().containsKey(code)) {
            violations.add(declared.name(), "intermediate-status.unknown",
                    "Промежуточный статус не из списка: " + context.process().intermediateStatuses().keySet());
            return null;
        }
        return code;
    }

    @Override
    public List<Choice> choices(ActionParameter declared, ActionContext context, Map<String, String> others) {
        return context.process().intermediateStatuses().entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue())).toList();
    }
}
