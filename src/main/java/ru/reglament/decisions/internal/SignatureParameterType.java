package ru.reglament.decisions.internal;

import org.springframework.stereotype.Component;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.DeclaredParameterType;
import ru.reglament.process.Upload;
import ru.reglament.shared.Violations;
import tools.jackson.databind.JsonNode;

/**
 * A detached CMS signature of the decision draft in Base64, with the signer's certificate chain.
 * Whether it verifies over the draft's exact bytes is the signing effect's to check.
 */
@Component
class SignatureParameterType extends DeclaredParameterType {

    static final String NAME = "signature";

    SignatureParameterType() {
        super(NAME, ActionParameter.Shape.TEXT, Control.SIGNATURE, true);
    }

    @Override
    public Object read(JsonNode json, Upload file, ActionParameter declared, ActionContext context, Violations violations) {
        return json.asString().trim();
    }
}
