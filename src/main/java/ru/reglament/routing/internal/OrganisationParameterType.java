package ru.reglament.routing.internal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.DeclaredParameterType;
import ru.reglament.process.Upload;
import ru.reglament.shared.Violations;
import tools.jackson.databind.JsonNode;

/**
 * An organisation of the directory, sent as its ОГРН. A form offers the other organisations that
 * provide the application's service; with {@code dependsOn: regionCode}, those of the region chosen
 * in that field.
 */
@Component
class OrganisationParameterType extends DeclaredParameterType {

    static final String NAME = "organisation";
    static final String DEPENDS_ON = "dependsOn";

    private final Directory directory;

    OrganisationParameterType(Directory directory) {
        super(NAME, ActionParameter.Shape.TEXT, Control.SELECT, true, DEPENDS_ON);
        this.directory = directory;
    }

    @Override
    public Object read(JsonNode json, Upload file, ActionParameter declared, ActionContext context, Violations violations) {
        Organisation organisation = directory.organisationByOgrn(json.asString().trim()).orElse(null);
        if (organisation == null) {
            violations.add(declared.name(), "organisation.unknown", "Организация с таким ОГРН не найдена");
        }
        return organisation;
    }

    @Override
    public List<Choice> choices(ActionParameter declared, ActionContext context, Map<String, String> others) {
        String dependsOn = declared.attribute(DEPENDS_ON);
        String region = dependsOn == null ? null : others.get(dependsOn);
        if (dependsOn != null && (region == null || region.isBlank())) return List.of();
        return directory.organisationsProviding(context.service().id()).stream()
                .filter(o -> o.id() != context.application().organisationId())
                .filter(o -> region == null || o.regionCode().equals(region))
                .map(o -> new Choice(o.ogrn(), o.displayName())).toList();
    }
}
