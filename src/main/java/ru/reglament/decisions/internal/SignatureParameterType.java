package ru.reglament.decisions.internal;

import org.springframework.stereotype.Component;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.ParameterType;
import ru.reglament.process.Upload;
import ru.reglament.shared.Violations;
import tools.jackson.databind.JsonNode;

/**
 * A detached CMS signature of the decision draft in Base64, with the signer's certificate chain.
 * Whether it verifies over the draft's exact bytes is the signing effect's to check.
 */
@Component
class SignatureParameterType implements ParameterType {

    static final String NAME = "signature";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ActionParameter.Shape shape() {
        return ActionParameter.Shape.TEXT;
    }

    @Override
    public Control control(ActionParameter declared) {
        return Control.SIGNATURE;
    }

    @Override
    public java.util.List<String> problems(ActionParameter declared) {
        if (declared.max() <= 0) return java.util.List.of("max: the longest signature in Base64");
        return unknownAttributes(declared);
    }

    @Override
    public Object read(JsonNode json, Upload file, ActionParameter declared, ActionContext context, Violations violations) {
        return json.asString().trim();
    }
}
