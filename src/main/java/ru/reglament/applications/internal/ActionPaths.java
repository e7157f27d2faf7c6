package ru.reglament.applications.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.process.Transition;
import ru.reglament.staff.Role;

/**
 * Describes each action of the current process definitions as a path of its own, with the body its
 * parameters make: what an integrator sends to take it, who may and from which statuses. Made from
 * the same declarations the engine checks bodies against and the workstation builds forms from.
 */
final class ActionPaths {

    static final String PATH = "/api/v1/applications/{id}/actions/";

    private ActionPaths() {
    }

    static void describe(OpenAPI api, ProcessDefinitions processes, Operation generic) {
        Set<String> described = new LinkedHashSet<>();
        for (ProcessDefinition process : processes.currentVersions()) {
            for (ProcessAction action : process.actions().values()) {
                if (action.isSystem() || !described.add(action.code())) continue;
                Operation operation = new Operation()
                        .summary(action.label())
                        .description(who(process, action))
                        .tags(generic == null ? List.of() : generic.getTags())
                        .operationId("action_" + action.code().replace('-', '_'))
                        .addParametersItem(new PathParameter().name("id").required(true).schema(new IntegerSchema().format("int64"))
                                .description("идентификатор заявления"))
                        .requestBody(new RequestBody().required(true).content(new Content().addMediaType(
                                org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                new MediaType().schema(body(process, action)))));
                if (generic != null) operation.responses(generic.getResponses()).security(generic.getSecurity());
                api.path(PATH + action.code(), new PathItem().post(operation));
            }
        }
    }

    /** The body: the card's version and the action's parameters; a file parameter travels by its own request. */
    static Schema<?> body(ProcessDefinition process, ProcessAction action) {
        ObjectSchema body = new ObjectSchema();
        body.addProperty(ProcessDefinition.VERSION_PARAMETER, new IntegerSchema()
                .description("версия карточки, которую видел пользователь (version из карточки)"));
        List<String> required = new ArrayList<>(List.of(ProcessDefinition.VERSION_PARAMETER));
        for (ActionParameter p : process.parameters(action.code()).values()) {
            Schema<?> schema = switch (p.shape()) {
                case TEXT -> new StringSchema().maxLength(p.max());
                case INTEGER -> new IntegerSchema().format("int64");
                case TEXT_LIST -> new ArraySchema().items(new StringSchema().maxLength(p.max()))
                        .maxItems(ActionParameter.MAX_LIST);
                case FILE -> null;
            };
            if (schema == null) continue;
            body.addProperty(p.name(), schema.description(p.label() + " (тип " + p.type() + ")"));
            if (p.required()) required.add(p.name());
        }
        body.additionalProperties(false);
        return body.required(required);
    }

    private static String who(ProcessDefinition process, ProcessAction action) {
        StringBuilder text = new StringBuilder("Процесс `" + process.code() + "` v" + process.version() + ".\n\n");
        for (Transition t : action.transitions()) {
            text.append("- ").append(t.roles().stream().map(Role::title).sorted().collect(Collectors.joining(", ")))
                    .append(": из статусов ").append(String.join(", ", t.from()))
                    .append(t.to() == null ? " (статус не меняется)" : " → " + t.to())
                    .append(t.assigneeOnly() ? ", только ответственный исполнитель" : "")
                    .append(t.when() == null ? "" : ", если " + t.when())
                    .append(t.unless() == null ? "" : ", если не " + t.unless()).append('\n');
        }
        // The only file an action takes so far is the decision draft, which has its own endpoint.
        process.parameters(action.code()).values().stream().filter(p -> p.shape() == ActionParameter.Shape.FILE)
                .forEach(p -> text.append("\nФайл «").append(p.label()).append("» передаётся не в теле JSON, ")
                        .append("а отдельным запросом: проект решения — PUT /api/v1/applications/{id}/decision/document.\n"));
        return text.toString();
    }
}
