package ru.reglament.interagency.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.reglament.interagency.InformationKind;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.DeclaredParameterType;
import ru.reglament.process.Upload;
import ru.reglament.shared.Violations;
import tools.jackson.databind.JsonNode;

/**
 * Kinds of information to request again, sent as codes of the kinds the application's service
 * requests; read into the kinds as the service requests them, in the order chosen.
 */
@Component
class InformationKindsParameterType extends DeclaredParameterType {

    static final String NAME = "information-kinds";

    private final KindCatalog catalog;

    InformationKindsParameterType(KindCatalog catalog) {
        super(NAME, ActionParameter.Shape.TEXT_LIST, Control.CHECKBOXES, true);
        this.catalog = catalog;
    }

    @Override
    public Object read(JsonNode json, Upload file, ActionParameter declared, ActionContext context, Violations violations) {
        List<InformationKind.Requested> offered = catalog.requestedBy(context.service().code());
        List<InformationKind.Requested> chosen = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            String code = json.get(i).asString();
            InformationKind.Requested kind = offered.stream().filter(k -> k.kind().code().equals(code)).findFirst()
                    .orElse(null);
            if (kind == null) {
                violations.add(declared.name() + "[" + i + "]", "information-kind.unknown",
                        "Вид сведений не из тех, что запрашивает услуга: " + code);
            } else if (!chosen.contains(kind)) {
                chosen.add(kind);
            }
        }
        return List.copyOf(chosen);
    }

    @Override
    public List<Choice> choices(ActionParameter declared, ActionContext context, Map<String, String> others) {
        return catalog.requestedBy(context.service().code()).stream()
                .map(k -> new Choice(k.kind().code(), k.kind().name() + " (" + k.kind().provider() + ")")).toList();
    }
}
