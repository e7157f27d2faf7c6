package ru.reglament.process;

import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.reglament.shared.Violations;
import tools.jackson.databind.JsonNode;

/**
 * The effects, parameter types and facts the default process names, as names only: enough for the
 * catalog to load and validate a definition in a unit test. What they do is tested through the
 * platform's API (scenario tests), where the modules' own beans run.
 */
final class Named {

    static final List<ActionEffect> EFFECTS = List.of("assign-to-caller", "assign-to-employee", "route",
            "registration-number", "interagency-requests", "draft-decision", "replace-decision-document", "sign-decision",
            "discard-decision-draft", "conclude-interagency-round", "interagency-rerequest",
            "intermediate-status").stream().map(Named::effect).toList();

    static final List<ParameterType> TYPES = Map.of("text", ActionParameter.Shape.TEXT,
            "employee", ActionParameter.Shape.INTEGER, "region", ActionParameter.Shape.TEXT,
            "organisation", ActionParameter.Shape.TEXT, "grounds", ActionParameter.Shape.TEXT_LIST,
            "information-kinds", ActionParameter.Shape.TEXT_LIST,
            "intermediate-status", ActionParameter.Shape.TEXT, "file", ActionParameter.Shape.FILE,
            "signature", ActionParameter.Shape.TEXT).entrySet().stream()
            .map(e -> type(e.getKey(), e.getValue())).toList();

    static final List<FactSource> FACTS = List.of(new FactSource() {
        @Override
        public Set<String> facts() {
            return Set.of("draft-grant", "draft-refusal", "draft-acceptance-refusal", "draft-decision",
                    "rerequested-in-review");
        }

        @Override
        public void establish(ApplicationSnapshot application, Lookups lookups, Set<String> holding) {
        }
    });

    private Named() {
    }

    private static ActionEffect effect(String name) {
        return new ActionEffect() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> problems(EffectCall call, ProcessDefinition process) {
                return List.of();
            }

            @Override
            public Changes apply(ActionContext context, EffectCall call) {
                throw new IllegalStateException("not applied in unit tests");
            }
        };
    }

    private static ParameterType type(String name, ActionParameter.Shape shape) {
        return new DeclaredParameterType(name, shape, ParameterType.Control.TEXT, false) {
            @Override
            public List<String> problems(ActionParameter declared) {
                return List.of();
            }

            @Override
            public Object read(JsonNode json, Upload file, ActionParameter declared, ActionContext context,
                    Violations violations) {
                throw new IllegalStateException("not read in unit tests");
            }
        };
    }
}
