package ru.reglament.workstation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import ru.reglament.access.Actor;
import ru.reglament.applications.ApplicationCard;
import ru.reglament.applications.ApplicationQueries;
import ru.reglament.applications.HistoryEntry;
import ru.reglament.applications.OpenCard;
import ru.reglament.diagrams.ProcessDiagrams;
import ru.reglament.documents.ApplicationDocuments;
import ru.reglament.documents.CaseExports;
import ru.reglament.interagency.InteragencyRequests;
import ru.reglament.portal.PortalFeed;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.ParameterType;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessEngine;
import ru.reglament.signatures.SignatureProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application card (seed 001): the header, the tabs «Заявитель», «Данные заявления»,
 * «Документы», «Межведомственные запросы», «Общая информация», «История», «Решения», «Схема процесса», and a button for
 * exactly each action the card's {@code actions} allow, with the form its parameters make.
 */
@WorkstationPage
class ApplicationCardPage {

    private final ApplicationQueries queries;
    private final ProcessEngine engine;
    private final FormData formData;
    private final boolean testContour;
    private final String cadesPluginUrl;
    private final JsonMapper json;
    private final int pollSeconds;
    private final ProcessNames names;
    private final ProcessDiagrams diagrams;
    private final InteragencyRequests interagency;
    private final ApplicationDocuments documents;
    private final CaseExports exports;
    private final PortalFeed portalFeed;

    ApplicationCardPage(ApplicationQueries queries, ProcessEngine engine, FormData formData,
            SignatureProperties signatures, @Value("${reglament.workstation.cades-plugin-url}") String cadesPluginUrl,
            JsonMapper json, @Value("${reglament.workstation.card-poll-seconds:20}") int pollSeconds, ProcessNames names,
            ProcessDiagrams diagrams, InteragencyRequests interagency, ApplicationDocuments documents, CaseExports exports,
            PortalFeed portalFeed) {
        this.exports = exports;
        this.portalFeed = portalFeed;
        this.interagency = interagency;
        this.documents = documents;
        this.names = names;
        this.diagrams = diagrams;
        this.pollSeconds = pollSeconds;
        this.queries = queries;
        this.engine = engine;
        this.formData = formData;
        this.testContour = signatures.testKey();
        this.cadesPluginUrl = cadesPluginUrl;
        this.json = json;
    }

    @GetMapping("/applications/{id}")
    String card(@PathVariable long id, @RequestParam(defaultValue = "applicant") String tab,
            @AuthenticationPrincipal Actor actor, Locale locale, Model model) {
        OpenCard opened = queries.open(id, actor);
        ApplicationCard card = opened.card();
        List<HistoryEntry> history = queries.history(id, actor);
        model.addAttribute("card", card);
        List<HistoryEntry> newestFirst = new ArrayList<>(history);
        Collections.reverse(newestFirst);
        model.addAttribute("history", newestFirst);
        model.addAttribute("newestLine", history.isEmpty() ? 0 : history.get(history.size() - 1).id());
        model.addAttribute("tab", tab);
        model.addAttribute("diagram", diagrams.of(opened.process(), locale));
        model.addAttribute("passedStatuses", passed(history));
        model.addAttribute("interagency", interagency.of(id, actor));
        model.addAttribute("documents", documents.of(id, actor));
        model.addAttribute("documentTypes", documents.typesOfService(card.service().code()));
        model.addAttribute("mayAddDocuments", documents.mayAdd(opened, actor));
        model.addAttribute("employeeId", actor.employeeId());
        model.addAttribute("exports", exports.of(id, actor));
        model.addAttribute("feed", portalFeed.of(opened));
        model.addAttribute("forms", forms(opened, actor));
        model.addAttribute("applicant", tree(card.applicant()));
        model.addAttribute("representative", tree(card.representative()));
        model.addAttribute("fields", formData.of(tree(card.fields()), opened.service().formFields()));
        model.addAttribute("testContour", testContour);
        model.addAttribute("cadesPluginUrl", cadesPluginUrl);
        model.addAttribute("maxTermDays", opened.service().maxTermDays());
        model.addAttribute("pollSeconds", pollSeconds);
        model.addAttribute("currentSection", "applications");
        return "workstation/card";
    }

    /** What the open card asks now and then: the application's version and status now, and its newest line of history. */
    @GetMapping(path = "/applications/{id}/version", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> version(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        ApplicationQueries.Version now = queries.version(id, actor);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", now.version());
        answer.put("status", names.status(now.status()));
        answer.put("line", now.newestLine());
        answer.put("label", now.newestLabel());
        return answer;
    }

    /**
     * The choices of a field whose values depend on another field of the same form (the routing
     * form's organisations of the region chosen): {@code values} are the form's values so far.
     */
    @GetMapping("/applications/{id}/actions/{action}/choices/{parameter}")
    String choices(@PathVariable long id, @PathVariable String action, @PathVariable String parameter,
            @RequestParam Map<String, String> values, @AuthenticationPrincipal Actor actor, Model model) {
        OpenCard opened = queries.open(id, actor);
        ActionParameter declared = opened.process().parameters(action).get(parameter);
        model.addAttribute("choices", declared == null ? List.of() : queries.choices(opened, action, declared, values, actor));
        return "workstation/card :: choices";
    }

    /**
     * The decision as people read it, inline for the preview on «Решения»: a draft marked «ПРОЕКТ», a
     * signed decision with its signature visualised.
     */
    @GetMapping("/applications/{id}/decision.pdf")
    ResponseEntity<byte[]> decision(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download,
            @AuthenticationPrincipal Actor actor) {
        return pdf(queries.decisionPrintable(id, actor), "decision-" + id + ".pdf", download);
    }

    /** The original: what the official signs (the signing script reads it) and what the signature verifies. */
    @GetMapping("/applications/{id}/decision-original.pdf")
    ResponseEntity<byte[]> original(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return pdf(queries.decisionDocument(id, actor), "decision-" + id + "-original.pdf", true);
    }

    private static ResponseEntity<byte[]> pdf(byte[] content, String name, boolean download) {
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(name).build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(content);
    }

    @GetMapping("/applications/{id}/decision.pdf.sig")
    ResponseEntity<byte[]> signature(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/pkcs7-signature"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("decision-" + id + ".pdf.sig").build().toString())
                .body(queries.decisionSignature(id, actor));
    }

    private JsonNode tree(String jsonText) {
        return jsonText == null ? null : json.readTree(jsonText);
    }

    /** The statuses an application has been in, for the diagram. */
    private static Set<String> passed(List<HistoryEntry> history) {
        Set<String> passed = new LinkedHashSet<>();
        for (HistoryEntry entry : history) {
            if (entry.statusBefore() != null) passed.add(entry.statusBefore().code());
            passed.add(entry.statusAfter().code());
        }
        return passed;
    }

    /** A form per action offered, its fields from the action's own parameters; choices filled by their types. */
    private List<ActionForm> forms(OpenCard opened, Actor actor) {
        List<ActionForm> forms = new ArrayList<>();
        for (ApplicationCard.ActionView view : opened.card().actions()) {
            ProcessAction action = opened.process().actions().get(view.code());
            List<ActionForm.Field> fields = new ArrayList<>();
            for (ActionParameter p : action.parameters().values()) {
                ParameterType.Control control = engine.type(p.type()).control(p);
                String dependsOn = p.attribute("dependsOn");
                boolean offersChoices = (control == ParameterType.Control.SELECT
                        || control == ParameterType.Control.CHECKBOXES) && dependsOn == null;
                fields.add(new ActionForm.Field(p.name(), p.label(), control.name(), p.required(), p.max(),
                        offersChoices ? queries.choices(opened, action.code(), p, Map.of(), actor) : List.of(),
                        p.attribute("accept"), dependsOn,
                        dependsOn == null || action.parameters().get(dependsOn) == null ? null
                                : action.parameters().get(dependsOn).label(),
                        action.parameters().values().stream().filter(o -> p.name().equals(o.attribute("dependsOn")))
                                .map(ActionParameter::name).toList()));
            }
            forms.add(new ActionForm(action.code(), action.label(names.english()), action.submitLabel(names.english()),
                    fields));
        }
        return forms;
    }
}
