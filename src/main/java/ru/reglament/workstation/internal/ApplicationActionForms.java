package ru.reglament.workstation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import ru.reglament.access.Actor;
import ru.reglament.applications.ApplicationActions;
import ru.reglament.applications.ApplicationCard;
import ru.reglament.applications.ApplicationQueries;
import ru.reglament.files.UploadLimit;
import ru.reglament.files.UploadLimits;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.shared.ConflictException;
import ru.reglament.shared.FieldViolation;
import ru.reglament.shared.ForbiddenException;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.shared.NotFoundException;
import ru.reglament.signatures.SignatureRejectedException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The card's action forms: the same {@link ApplicationActions} as the API, so the same rules answer.
 * After the action the card opens again (on «Решения» after a draft); a refusal (409 when a colleague
 * acted first, 403, 422) comes back as a message on the refreshed card and changes nothing.
 */
@WorkstationPage
class ApplicationActionForms {

    /** Form fields passed to the action as they are; everything else is the form's own. */
    private static final List<String> TEXT_PARAMS = List.of("comment", "assigneeId", "regionCode", "organisationOgrn",
            "explanation", "extraInfo", "code", "signature");

    /** The form's names of the fields an action's rules may name. */
    private static final Map<String, String> FIELD_NAMES = Map.ofEntries(
            Map.entry("comment", "«Комментарий»"), Map.entry("assigneeId", "«Исполнитель»"),
            Map.entry("regionCode", "«Регион»"), Map.entry("organisationOgrn", "«Ведомство»"),
            Map.entry("grounds", "«Основания»"), Map.entry("explanation", "«Разъяснение причин отказа»"),
            Map.entry("extraInfo", "«Дополнительная информация»"), Map.entry("code", "«Промежуточный статус»"),
            Map.entry("signature", "«Подпись»"), Map.entry("version", "«Версия карточки»"),
            Map.entry("document", "«Файл решения»"));

    /** After these the card opens on «Решения», where the draft or the signed result is. */
    private static final java.util.Set<ActionForm.Kind> DECISION_FORMS = java.util.EnumSet.of(ActionForm.Kind.DECISION,
            ActionForm.Kind.UPLOAD, ActionForm.Kind.SIGN);

    private final ProcessDefinitions processes;
    private final ApplicationActions actions;
    private final ApplicationQueries queries;
    private final TestSigning testSigning;
    private final JsonMapper json;
    private final UploadLimit decisionLimit;

    ApplicationActionForms(ApplicationActions actions, ApplicationQueries queries, TestSigning testSigning,
            ProcessDefinitions processes, JsonMapper json, UploadLimits limits) {
        this.processes = processes;
        this.actions = actions;
        this.queries = queries;
        this.testSigning = testSigning;
        this.json = json;
        // The card's only upload is the decision draft («Загрузить проект решения»).
        this.decisionLimit = limits.of(UploadLimits.DECISION_DOCUMENT);
    }

    @PostMapping("/applications/{id}/actions/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
            @RequestParam(name = "document", required = false) MultipartFile document,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        ObjectNode params = json.createObjectNode();
        String version = form.getFirst("version");
        if (version != null && version.matches("\\d{1,9}")) params.put("version", Integer.parseInt(version));
        for (String name : TEXT_PARAMS) {
            String value = form.getFirst(name);
            if (value == null || value.isBlank()) continue;
            if (name.equals("assigneeId") && value.matches("\\d{1,18}")) params.put(name, Long.parseLong(value));
            else params.put(name, value.trim());
        }
        List<String> grounds = form.get("grounds");
        if (grounds != null) {
            ArrayNode array = params.putArray("grounds");
            grounds.forEach(array::add);
        }
        String tab = "history";
        try {
            if ("true".equals(form.getFirst("testKey"))) {
                params.put("signature", testSigning.sign(queries.decisionDocument(id, actor), actor));
            }
            ApplicationCard card = actions.perform(id, action, params, bytes(document), actor);
            // The action succeeded, so the application's process defines it.
            ProcessAction definition = processes.version(card.processCode(), card.processVersion()).actions().get(action);
            redirect.addFlashAttribute("flashMessage", "«" + definition.label() + "» — выполнено. Статус: «"
                    + card.status().name() + "»");
            ActionForm.Kind kind = ActionForm.kindOf(definition);
            if (card.decision() != null && DECISION_FORMS.contains(kind)) tab = "decisions";
            if (kind == ActionForm.Kind.ROUTE && !visible(id, actor)) {
                // Routed away: the card is no longer ours; back to the list with the message.
                return "redirect:/applications?scope=all";
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", describe(e.violations()));
        } catch (ConflictException | ForbiddenException | SignatureRejectedException | NotFoundException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/applications/{id}").queryParam("tab", tab)
                .buildAndExpand(id).toUriString();
    }

    private boolean visible(long id, Actor actor) {
        try {
            queries.card(id, actor);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    static String describe(List<FieldViolation> violations) {
        StringBuilder text = new StringBuilder("Проверьте данные формы: ");
        for (int i = 0; i < violations.size(); i++) {
            if (i > 0) text.append("; ");
            String field = violations.get(i).field().replaceAll("\\[\\d+]$", "");
            text.append(FIELD_NAMES.getOrDefault(field, field)).append(" — ").append(violations.get(i).message());
        }
        return text.toString();
    }

    private byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) return null;
        try (var in = file.getInputStream()) {
            return decisionLimit.read(in, file.getSize(), "document");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
