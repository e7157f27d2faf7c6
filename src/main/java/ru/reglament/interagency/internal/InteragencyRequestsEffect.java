package ru.reglament.interagency.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.reglament.interagency.InformationKind;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionEffect;
import ru.reglament.process.ApplicationSnapshot;
import ru.reglament.process.Changes;
import ru.reglament.process.EffectCall;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.shared.WorkingCalendar;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registration's interagency requests: one per kind of information the service requests for this
 * kind of applicant, written as a new round in the action's transaction (the outbox the senders
 * deliver from). The definition names what follows: {@code whenNone} at once when there is nothing
 * to request, {@code whenAnswered} and {@code whenIncomplete} once the round's required requests are
 * done.
 */
@Component
class InteragencyRequestsEffect implements ActionEffect {

    static final String WHEN_NONE = "whenNone";
    static final String WHEN_ANSWERED = "whenAnswered";
    static final String WHEN_INCOMPLETE = "whenIncomplete";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final KindCatalog catalog;
    private final RequestTemplates templates;
    private final RequestStore store;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final JsonMapper json;
    private final boolean enabled;

    InteragencyRequestsEffect(KindCatalog catalog, RequestTemplates templates, RequestStore store,
            WorkingCalendar calendar, ZoneId zone, JsonMapper json,
            @Value("${reglament.interagency.enabled:true}") boolean enabled) {
        this.catalog = catalog;
        this.templates = templates;
        this.store = store;
        this.calendar = calendar;
        this.zone = zone;
        this.json = json;
        this.enabled = enabled;
    }

    @Override
    public String name() {
        return "interagency-requests";
    }

    @Override
    public List<String> problems(EffectCall call, ProcessDefinition process) {
        List<String> problems = new ArrayList<>();
        for (String argument : List.of(WHEN_NONE, WHEN_ANSWERED, WHEN_INCOMPLETE)) {
            ProcessAction next = process.actions().get(call.argument(argument));
            if (next == null || !next.isSystem()) problems.add(argument + ": a system action of the process");
        }
        if (call.arguments().size() != 3) problems.add("takes only " + WHEN_NONE + ", " + WHEN_ANSWERED + ", " + WHEN_INCOMPLETE);
        return problems;
    }

    @Override
    public Changes apply(ActionContext context, EffectCall call) {
        ApplicationSnapshot application = context.application();
        Map<String, Object> applicant = map(application.applicant());
        List<InformationKind.Requested> kinds = !enabled ? List.of()
                : catalog.requestedBy(context.service().code(), String.valueOf(applicant.get("kind")));
        if (kinds.isEmpty()) return Changes.none().detail("interagencyRequests", 0).followWith(call.argument(WHEN_NONE));

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
                // A template that fails on this application's data fails its request, not the registration.
                problem = "Шаблон запроса не сработал на данных заявления: " + e.getMessage();
            }
            LocalDate due = calendar.addWorkingDays(today, kind.kind().timeoutDays());
            requests.add(new RequestStore.NewRequest(kind.kind().code(), requested.required(), body, problem,
                    due.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        int round = store.startRound(application.id(), application.organisationId(), context.now(),
                call.argument(WHEN_ANSWERED), call.argument(WHEN_INCOMPLETE), requests);
        return Changes.none().detail("interagencyRequests", requests.size()).detail("interagencyRound", round)
                .detail("kinds", requests.stream().map(RequestStore.NewRequest::kindCode).toList());
    }

    private Map<String, Object> map(String jsonText) {
        return jsonText == null || jsonText.isBlank() ? new HashMap<>() : json.readValue(jsonText, MAP);
    }
}
