package ru.reglament.routing.internal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Region;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.DeclaredParameterType;
import ru.reglament.process.Upload;
import ru.reglament.shared.Violations;
import tools.jackson.databind.JsonNode;

/** A region (субъект) of the directory, sent as its code. */
@Component
class RegionParameterType extends DeclaredParameterType {

    static final String NAME = "region";

    private final Directory directory;

    RegionParameterType(Directory directory) {
        super(NAME, ActionParameter.Shape.TEXT, Control.SELECT, true);
        this.directory = directory;
    }

    @Override
    public Object read(JsonNode json, Upload file, ActionParameter declared, ActionContext context, Violations violations) {
        Region region = directory.region(json.asString().trim()).orElse(null);
        if (region == null) violations.add(declared.name(), "region.unknown", "Регион с таким кодом не найден");
        return region;
    }

    @Override
    public List<Choice> choices(ActionParameter declared, ActionContext context, Map<String, String> others) {
        return directory.regions().stream().map(r -> new Choice(r.code(), r.code() + " — " + r.name())).toList();
    }
}
