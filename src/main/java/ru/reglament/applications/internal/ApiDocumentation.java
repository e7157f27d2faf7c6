package ru.reglament.applications.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;

/**
 * The OpenAPI description's shared parts: the statuses with their Russian names, read from the
 * process definitions, and the problem+json error shape every endpoint may answer with.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String PROBLEM = "application/problem+json";

    @Bean
    OpenApiCustomizer reglamentApiDescription(ProcessDefinitions processes) {
        return api -> {
            ProcessDefinition process = processes.current("default");
            String statuses = process.statuses().values().stream()
                    .map(s -> "| `" + s.code() + "` | " + s.name() + " |" + (s.isFinal() ? " итоговый |" : " |"))
                    .collect(Collectors.joining("\n"));
            String actions = process.actions().values().stream()
                    .map(a -> "| `" + a.code() + "` | " + a.label() + " |")
                    .collect(Collectors.joining("\n"));
            api.info(new Info().title("Reglament API").version("v1").description("""
                    Приём и обработка заявлений на государственные и муниципальные услуги.

                    Ошибки — RFC 9457 `application/problem+json`: поле `rule` — код правила, для 422 — `errors`,
                    каждая с `field`, `rule`, `message`. 403 — роль или организация не позволяет; 404 — нет такого
                    заявления в ваших организациях; 409 — действие недоступно в текущем статусе, версия карточки
                    устарела или тот же номер ЕПГУ пришёл с другим телом; 422 — неверные входные данные.

                    ### Статусы типового процесса
                    | код | наименование | |
                    |---|---|---|
                    """ + statuses + """


                    ### Действия
                    | код | кнопка |
                    |---|---|
                    """ + actions));
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            components.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
            components.addSchemas("FieldViolation", new ObjectSchema()
                    .addProperty("field", new StringSchema().description("путь поля, например applicant.snils"))
                    .addProperty("rule", new StringSchema().description("код правила, например snils.checksum"))
                    .addProperty("message", new StringSchema().description("сообщение на русском")));
            components.addSchemas("Problem", new ObjectSchema()
                    .addProperty("type", new StringSchema())
                    .addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema())
                    .addProperty("detail", new StringSchema())
                    .addProperty("rule", new StringSchema())
                    .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldViolation"))));
            api.setComponents(components);
            api.addSecurityItem(new SecurityRequirement().addList("basic"));
            if (api.getPaths() == null) return;
            PathItem generic = api.getPaths().get(ActionPaths.PATH + "{action}");
            ActionPaths.describe(api, processes, generic == null ? null : generic.getPost());
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                if (!path.startsWith("/api/")) return;
                for (String[] status : new String[][] {{"401", "Не выполнен вход"}, {"403", "Роль не позволяет"},
                        {"404", "Не найдено"}, {"409", "Конфликт с текущим состоянием"},
                        {"422", "Неверные входные данные"}}) {
                    operation.getResponses().addApiResponse(status[0], new ApiResponse().description(status[1])
                            .content(new Content().addMediaType(PROBLEM, new MediaType()
                                    .schema(new Schema<>().$ref("#/components/schemas/Problem")))));
                }
            }));
        };
    }

}
