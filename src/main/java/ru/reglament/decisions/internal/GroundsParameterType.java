package ru.reglament.decisions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.reglament.decisions.DecisionKind;
import ru.reglament.directory.DecisionGround;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.DeclaredParameterType;
import ru.reglament.process.Upload;
import ru.reglament.shared.Violations;
import tools.jackson.databind.JsonNode;

/**
 * Grounds a decision cites, sent as codes from the service's list for the decision kind the
 * declaration names ({@code of: REFUSAL}); read into the grounds themselves, in the order chosen.
 */
@Component
class GroundsParameterType extends DeclaredParameterType {

    static final String NAME = "grounds";
    private static final String OF = "of";

    GroundsParameterType() {
        super(NAME, ActionParameter.Shape.TEXT_LIST, Control.CHECKBOXES, true, OF);
    }

    @Override
    public List<String> problems(ActionParameter declared) {
        List<String> problems = new ArrayList<>(super.problems(declared));
        try {
            DecisionKind.valueOf(String.valueOf(declared.attribute(OF)));
        } catch (IllegalArgumentException e) {
            problems.add("of: the decision kind whose grounds are offered, one of " + List.of(DecisionKind.values()));
        }
        return problems;
    }

    @Override
    public Object read(JsonNode json, Upload file, ActionParameter declared, ActionContext context, Violations violations) {
        List<DecisionGround> allowed = context.service().groundsFor(declared.attribute(OF));
        List<DecisionGround> chosen = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            String code = json.get(i).asString();
            DecisionGround ground = allowed.stream().filter(g -> g.code().equals(code)).findFirst().orElse(null);
            if (ground == null) {
                violations.add(declared.name() + "[" + i + "]", "ground.unknown",
                        "Основание не из перечня оснований услуги: " + code);
            } else if (!chosen.contains(ground)) {
                chosen.add(ground);
            }
        }
        return List.copyOf(chosen);
    }

    @Override
    public List<Choice> choices(ActionParameter declared, ActionContext context, Map<String, String> others) {
        return context.service().groundsFor(declared.attribute(OF)).stream()
                .map(g -> new Choice(g.code(), g.title())).toList();
    }
}
