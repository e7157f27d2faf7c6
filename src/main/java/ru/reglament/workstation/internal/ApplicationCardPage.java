package ru.reglament.workstation.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
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
import ru.reglament.access.Actor;
import ru.reglament.applications.ApplicationCard;
import ru.reglament.applications.ApplicationQueries;
import ru.reglament.applications.HistoryEntry;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.directory.PublicService;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.process.ProcessStatus;
import ru.reglament.process.Transition;
import ru.reglament.signatures.SignatureProperties;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application card (seed 001): the header, the tabs «Заявитель», «Данные заявления»,
 * «Документы», «Общая информация», «История», «Решения», the process diagram, and a button for
 * exactly each action the card's {@code actions} allow, with its form.
 */
@WorkstationPage
class ApplicationCardPage {

    /** A box of the process diagram. */
    record DiagramStep(String code, String name, boolean current, boolean passed, boolean isFinal) {
    }

    private final ApplicationQueries queries;
    private final ProcessDefinitions processes;
    private final Directory directory;
    private final Staff staff;
    private final FieldLabels fieldLabels;
    private final boolean testContour;
    private final String cadesPluginUrl;
    private final JsonMapper json;

    ApplicationCardPage(ApplicationQueries queries, ProcessDefinitions processes, Directory directory, Staff staff,
            FieldLabels fieldLabels, SignatureProperties signatures,
            @Value("${reglament.workstation.cades-plugin-url}") String cadesPluginUrl, JsonMapper json) {
        this.queries = queries;
        this.processes = processes;
        this.directory = directory;
        this.staff = staff;
        this.fieldLabels = fieldLabels;
        this.testContour = signatures.testKey();
        this.cadesPluginUrl = cadesPluginUrl;
        this.json = json;
    }

    @GetMapping("/applications/{id}")
    String card(@PathVariable long id, @RequestParam(defaultValue = "applicant") String tab,
            @AuthenticationPrincipal Actor actor, Model model) {
        ApplicationCard card = queries.card(id, actor);
        List<HistoryEntry> history = queries.history(id, actor);
        ProcessDefinition process = processes.version(card.processCode(), card.processVersion());
        PublicService service = directory.serviceByCode(card.service().code()).orElseThrow();
        model.addAttribute("card", card);
        List<HistoryEntry> newestFirst = new ArrayList<>(history);
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("history", newestFirst);
        model.addAttribute("tab", tab);
        model.addAttribute("diagram", diagram(process, card, history));
        model.addAttribute("forms", forms(card, process, service, actor));
        model.addAttribute("applicant", tree(card.applicant()));
        model.addAttribute("representative", tree(card.representative()));
        model.addAttribute("fields", fieldLabels.of(tree(card.fields())));
        model.addAttribute("regions", directory.regions());
        model.addAttribute("intermediateStatuses", process.intermediateStatuses());
        model.addAttribute("testContour", testContour);
        model.addAttribute("cadesPluginUrl", cadesPluginUrl);
        model.addAttribute("maxTermDays", service.maxTermDays());
        model.addAttribute("currentSection", "applications");
        return "workstation/card";
    }

    /** The organisations of a region that provide the application's service, for the routing form. */
    @GetMapping("/applications/{id}/route-organisations")
    String routeOrganisations(@PathVariable long id, @RequestParam(required = false) String regionCode,
            @AuthenticationPrincipal Actor actor, Model model) {
        ApplicationCard card = queries.card(id, actor);
        PublicService service = directory.serviceByCode(card.service().code()).orElseThrow();
        List<Organisation> organisations = regionCode == null || regionCode.isBlank() ? List.of()
                : directory.organisationsProviding(service.id()).stream()
                        .filter(o -> o.regionCode().equals(regionCode) && !o.ogrn().equals(card.organisation().ogrn()))
                        .toList();
        model.addAttribute("organisations", organisations);
        return "workstation/card :: route-organisations";
    }

    /** The decision PDF, inline for the preview on «Решения» (the API's download is an attachment). */
    @GetMapping("/applications/{id}/decision.pdf")
    ResponseEntity<byte[]> decision(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download,
            @AuthenticationPrincipal Actor actor) {
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename("decision-" + id + ".pdf").build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(queries.decisionDocument(id, actor));
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

    private List<DiagramStep> diagram(ProcessDefinition process, ApplicationCard card, List<HistoryEntry> history) {
        Set<String> passed = new LinkedHashSet<>();
        for (HistoryEntry entry : history) {
            if (entry.statusBefore() != null) passed.add(entry.statusBefore().code());
            passed.add(entry.statusAfter().code());
        }
        List<DiagramStep> steps = new ArrayList<>();
        for (ProcessStatus status : process.statuses().values()) {
            boolean current = status.code().equals(card.status().code());
            steps.add(new DiagramStep(status.code(), status.name(), current, !current && passed.contains(status.code()),
                    status.isFinal()));
        }
        return steps;
    }

    private List<ActionForm> forms(ApplicationCard card, ProcessDefinition process, PublicService service, Actor actor) {
        List<ActionForm> forms = new ArrayList<>();
        int organisationId = directory.organisationByOgrn(card.organisation().ogrn()).orElseThrow().id();
        Set<Role> roles = actor.rolesIn(organisationId);
        for (ApplicationCard.ActionView view : card.actions()) {
            ProcessAction action = process.actions().get(view.code());
            ActionForm.Kind kind = ActionForm.kindOf(action);
            String decisionKind = ActionForm.decisionKindOf(action);
            forms.add(new ActionForm(view.code(), view.label(), kind, view.commentRequired(), decisionKind,
                    decisionKind == null ? List.of() : service.groundsFor(decisionKind),
                    kind == ActionForm.Kind.ASSIGN ? colleagues(action, card, roles, organisationId) : List.of()));
        }
        return forms;
    }

    /** Colleagues the caller may assign: those holding a role the applicable transition names. */
    private List<ru.reglament.staff.Employee> colleagues(ProcessAction action, ApplicationCard card, Set<Role> roles,
            int organisationId) {
        Set<Role> assignable = EnumSet.noneOf(Role.class);
        for (Transition t : action.transitions()) {
            boolean fromHere = t.from().contains(card.status().code()) || t.from().contains("any");
            if (fromHere && t.roles().stream().anyMatch(roles::contains)) assignable.addAll(t.assignees());
        }
        return assignable.isEmpty() ? List.of() : staff.withAnyRole(organisationId, assignable);
    }
}
