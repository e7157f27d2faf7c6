package ru.reglament.routing.internal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Region;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.ParameterType;
import ru.reglament.process.Upload;
import ru.reglament.shared.Violations;
import tools.jackson.databind.JsonNode;

/** A region (субъект) of the directory, sent as its code. */
@Component
class RegionParameterType implements ParameterType {

    static final String NAME = "region";

    private final Directory directory;

    RegionParameterType(Directory directory) {
        this.directory = directory;
    }

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
        return Control.SELECT;
    }

    @Override
    public List<String> problems(ActionParameter declared) {
        if (declared.max() <= 0) return List.of("max: the longest code, a positive whole number");
        return unknownAttributes(declared);
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
