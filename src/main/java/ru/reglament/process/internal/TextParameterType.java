package ru.reglament.process.internal;

import org.springframework.stereotype.Component;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.DeclaredParameterType;
import ru.reglament.process.Upload;
import ru.reglament.shared.Violations;
import tools.jackson.databind.JsonNode;

/**
 * Free text, with its longest value ({@code max}) and whether it may hold line breaks
 * ({@code multiline}); the text policy checks both. The text parameter named {@code comment} becomes
 * the action's history comment.
 */
@Component
class TextParameterType extends DeclaredParameterType {

    TextParameterType() {
        super("text", ActionParameter.Shape.TEXT, Control.TEXT, true);
    }

    @Override
    public Control control(ActionParameter declared) {
        return declared.multiline() ? Control.TEXTAREA : Control.TEXT;
    }

    @Override
    public Object read(JsonNode json, Upload file, ActionParameter declared, ActionContext context, Violations violations) {
        return json.asString().trim();
    }
}
