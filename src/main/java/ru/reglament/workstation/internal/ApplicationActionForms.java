package ru.reglament.workstation.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;
import ru.reglament.access.Actor;
import ru.reglament.applications.ActionCommand;
import ru.reglament.applications.ActionOutcome;
import ru.reglament.applications.ApplicationActions;
import ru.reglament.applications.ApplicationQueries;
import ru.reglament.files.UploadLimits;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.ParameterType;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessEngine;
import ru.reglament.process.Upload;
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
 * The form's fields become the action's body by the action's parameters in the process definition.
 * After the action the card opens again (on «Решения» after the decision changed); a refusal (409 when
 * a colleague acted first, 403, 422) comes back as a message on the refreshed card and changes nothing.
 */
@WorkstationPage
class ApplicationActionForms {

    private final ApplicationActions actions;
    private final ApplicationQueries queries;
    private final TestSigning testSigning;
    private final UploadLimits limits;
    private final ProcessEngine engine;
    private final JsonMapper json;
    private final ProcessNames names;
    private final MessageSource messages;

    ApplicationActionForms(ApplicationActions actions, ApplicationQueries queries, TestSigning testSigning,
            UploadLimits limits, ProcessEngine engine, JsonMapper json, ProcessNames names, MessageSource messages) {
        this.names = names;
        this.messages = messages;
        this.engine = engine;
        this.actions = actions;
        this.queries = queries;
        this.testSigning = testSigning;
        this.limits = limits;
        this.json = json;
    }

    @PostMapping("/applications/{id}/actions/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
            HttpServletRequest request, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        String tab = "history";
        Map<String, ActionParameter> parameters = Map.of();
        try {
            ProcessDefinition process = queries.processOf(id, actor);
            parameters = process.parameters(action);
            ObjectNode body = body(form, parameters);
            if ("true".equals(form.getFirst("testKey"))) {
                for (ActionParameter p : parameters.values()) {
                    if (engine.type(p.type()).control(p) == ParameterType.Control.SIGNATURE) {
                        body.put(p.name(), testSigning.sign(queries.decisionDocument(id, actor), actor));
                    }
                }
            }
            ActionOutcome outcome = actions.perform(new ActionCommand(id, action, body, uploads(request, parameters), actor));
            redirect.addFlashAttribute("flashMessage", messages.getMessage("action.done",
                    new Object[] {outcome.action().label(names.english()), names.status(outcome.card().status())},
                    LocaleContextHolder.getLocale()));
            if (outcome.changedDecision() && outcome.card().decision() != null) tab = "decisions";
            // Routed away: the card is no longer ours; back to the list with the message.
            if (!outcome.callerReadsInFull()) return "redirect:/applications?scope=all";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", describe(e.violations(), parameters));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.rule().equals("version.stale")
                    ? e.getMessage() + ". Карточка обновлена: проверьте её и повторите действие" : e.getMessage());
        } catch (ForbiddenException | SignatureRejectedException | NotFoundException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/applications/{id}").queryParam("tab", tab)
                .buildAndExpand(id).toUriString();
    }

    /** The form's values as the action's body: each declared parameter in its JSON shape; anything else stays out. */
    private ObjectNode body(MultiValueMap<String, String> form, Map<String, ActionParameter> parameters) {
        ObjectNode body = json.createObjectNode();
        String version = form.getFirst(ProcessDefinition.VERSION_PARAMETER);
        if (version != null && version.matches("\\d{1,9}")) body.put(ProcessDefinition.VERSION_PARAMETER, Integer.parseInt(version));
        for (ActionParameter p : parameters.values()) {
            List<String> values = form.get(p.name());
            if (values == null || values.isEmpty()) continue;
            switch (p.shape()) {
                case TEXT_LIST -> {
                    ArrayNode array = body.putArray(p.name());
                    values.forEach(array::add);
                }
                case INTEGER -> {
                    String value = values.get(0).trim();
                    if (value.matches("\\d{1,18}")) body.put(p.name(), Long.parseLong(value));
                    else if (!value.isEmpty()) body.put(p.name(), value);
                }
                case TEXT -> {
                    if (!values.get(0).isBlank()) body.put(p.name(), values.get(0).trim());
                }
                case FILE -> { }
            }
        }
        return body;
    }

    /** Each file the action declares, read through its upload limit; an empty file input sends none. */
    private Map<String, Upload> uploads(HttpServletRequest request, Map<String, ActionParameter> parameters) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) return Map.of();
        Map<String, Upload> uploads = new HashMap<>();
        for (ActionParameter p : parameters.values()) {
            if (p.shape() != ActionParameter.Shape.FILE) continue;
            MultipartFile file = multipart.getFile(p.name());
            if (file == null || file.isEmpty()) continue;
            try (var in = file.getInputStream()) {
                byte[] bytes = limits.of(p.attribute("limit")).read(in, file.getSize(), p.name());
                uploads.put(p.name(), new Upload(file.getOriginalFilename(), file.getContentType(), bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }

    /** The violations as one message, each field named by its form label. */
    static String describe(List<FieldViolation> violations, Map<String, ActionParameter> parameters) {
        StringBuilder text = new StringBuilder("Проверьте данные формы: ");
        for (int i = 0; i < violations.size(); i++) {
            if (i > 0) text.append("; ");
            String field = violations.get(i).field().replaceAll("\\[\\d+]$", "");
            ActionParameter declared = parameters.get(field);
            String name = declared != null ? "«" + declared.label() + "»"
                    : field.equals(ProcessDefinition.VERSION_PARAMETER) ? "«Версия карточки»" : field;
            text.append(name).append(" — ").append(violations.get(i).message());
        }
        return text.toString();
    }
}
