package ru.reglament.interagency.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.reglament.interagency.InformationKind;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ApplicationSnapshot;
import ru.reglament.shared.WorkingCalendar;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts a round of requests inside an action: each kind's business request composed from the
 * application's data by its template, due by the kind's working days, queued for the senders.
 */
@Component
class Rounds {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final KindCatalog catalog;
    private final RequestTemplates templates;
    private final RequestStore store;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final JsonMapper json;

    Rounds(KindCatalog catalog, RequestTemplates templates, RequestStore store, WorkingCalendar calendar, ZoneId zone,
            JsonMapper json) {
        this.catalog = catalog;
        this.templates = templates;
        this.store = store;
        this.calendar = calendar;
        this.zone = zone;
        this.json = json;
    }

    /** The applicant as the portal sent them; its {@code kind} (PERSON, LEGAL, ENTREPRENEUR) decides some kinds requested. */
    Map<String, Object> applicant(ApplicationSnapshot application) {
        return map(application.applicant());
    }

    /** Writes the round in the action's transaction; returns its number. */
    int start(ActionContext context, Map<String, Object> applicant, List<InformationKind.Requested> kinds,
            String onAnswered, String onIncomplete) {
        ApplicationSnapshot application = context.application();
        Map<String, Object> variables = new HashMap<>();
        variables.put("application", Map.of("number", application.number(), "portalNumber", application.portalNumber(),
                "applicantName", application.applicantName(), "serviceCode", context.service().code(),
                "submittedAt", application.submittedAt().toString()));
        variables.put("applicant", applicant);
        variables.put("representative", Map.of());
        variables.put("fields", map(application.fields()));

        LocalDate today = context.now().atZone(zone).toLocalDate();
        List<RequestStore.NewRequest> requests = new ArrayList<>();
        for (InformationKind.Requested requested : kinds) {
            KindCatalog.Kind kind = catalog.kind(requested.kind().code());
            String body = null;
            String problem = null;
            try {
                body = templates.render(kind.template(), variables);
            } catch (RuntimeException e) {
                // A template that fails on this application's data fails its request, not the action.
                problem = "Шаблон запроса не сработал на данных заявления: " + e.getMessage();
            }
            LocalDate due = calendar.addWorkingDays(today, kind.kind().timeoutDays());
            requests.add(new RequestStore.NewRequest(kind.kind().code(), requested.required(), body, problem,
                    due.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return store.startRound(application.id(), application.organisationId(), application.status(), context.now(),
                onAnswered, onIncomplete, requests);
    }

    private Map<String, Object> map(String jsonText) {
        return jsonText == null || jsonText.isBlank() ? new HashMap<>() : json.readValue(jsonText, MAP);
    }
}
