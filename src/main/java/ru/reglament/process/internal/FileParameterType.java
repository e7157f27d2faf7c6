package ru.reglament.process.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.DeclaredParameterType;
import ru.reglament.process.Upload;
import ru.reglament.shared.Violations;
import tools.jackson.databind.JsonNode;

/**
 * A file sent with the action. The declaration names the upload limit it is read through at the
 * edge ({@code limit}, a kind of {@code reglament.files.limits}) and may say what a browser should
 * offer to pick ({@code accept}, a content type). What the file must hold is its effect's to check.
 */
@Component
class FileParameterType extends DeclaredParameterType {

    static final String LIMIT = "limit";
    static final String ACCEPT = "accept";

    FileParameterType() {
        super("file", ActionParameter.Shape.FILE, Control.FILE, false, LIMIT, ACCEPT);
    }

    @Override
    public List<String> problems(ActionParameter declared) {
        List<String> problems = new ArrayList<>(super.problems(declared));
        if (declared.attribute(LIMIT) == null) problems.add("limit: the upload limit the file is read through");
        return problems;
    }

    @Override
    public Object read(JsonNode json, Upload file, ActionParameter declared, ActionContext context, Violations violations) {
        if (file == null || file.size() == 0) {
            violations.add(declared.name(), "required", "Приложите файл «" + declared.label() + "»");
            return null;
        }
        return file;
    }
}
