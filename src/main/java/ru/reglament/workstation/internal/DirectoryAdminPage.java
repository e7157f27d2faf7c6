package ru.reglament.workstation.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.reglament.access.Actor;
import ru.reglament.administration.DirectoryAdministration;
import ru.reglament.directory.DecisionGround;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.directory.PublicService;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.shared.InvalidInputException;

/**
 * «Справочник» for the platform administrator: the organisations and services, a form for each (empty
 * for a new one, filled for the one chosen) and who provides what. A refused form comes back as it was
 * typed, with each bad field's message.
 */
@WorkstationPage
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class DirectoryAdminPage {

    private static final String PATH = "/admin/directory";

    /**
     * One choice of the service form's process: a process's newest version ({@code code}), or one loaded
     * version pinned ({@code code@version}).
     */
    record ProcessChoice(String value, String label) {
    }

    /** The region form as typed; serializable, as a refused one goes back through the session. */
    record RegionForm(String code, String name) implements Serializable {
    }

    private final Directory directory;
    private final DirectoryAdministration administration;
    private final ProcessDefinitions processes;

    DirectoryAdminPage(Directory directory, DirectoryAdministration administration, ProcessDefinitions processes) {
        this.directory = directory;
        this.administration = administration;
        this.processes = processes;
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String ogrn, @RequestParam(required = false) String service, Model model) {
        model.addAttribute("currentSection", "directory-admin");
        model.addAttribute("regions", directory.regions());
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("services", directory.services());
        model.addAttribute("processes", processChoices());
        if (!model.containsAttribute("organisationForm")) {
            model.addAttribute("organisationForm", directory.organisationByOgrn(ogrn == null ? "" : ogrn)
                    .map(this::form).orElse(new DirectoryAdministration.OrganisationForm(null, null, null, null, null, null,
                            null, null, null, List.of())));
        }
        if (!model.containsAttribute("serviceForm")) {
            model.addAttribute("serviceForm", directory.serviceByCode(service == null ? "" : service).map(DirectoryAdminPage::form)
                    .orElse(new DirectoryAdministration.ServiceForm(null, null, null, 10, BigDecimal.ZERO, "default", null,
                            null, null)));
        }
        if (!model.containsAttribute("regionForm")) model.addAttribute("regionForm", new RegionForm(null, null));
        return "workstation/directory-admin";
    }

    @PostMapping(PATH + "/organisations")
    String saveOrganisation(@RequestParam Map<String, String> fields,
            @RequestParam(name = "services", required = false) List<String> services,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        DirectoryAdministration.OrganisationForm form = new DirectoryAdministration.OrganisationForm(fields.get("ogrn"),
                fields.get("regionCode"), fields.get("title"), fields.get("shortTitle"), fields.get("address"),
                fields.get("schedule"), fields.get("phone"), fields.get("email"), fields.get("registrationNumberFormat"),
                services == null ? List.of() : List.copyOf(services));
        try {
            administration.saveOrganisation(form, actor);
            redirect.addFlashAttribute("flashMessage", "Организация «" + form.title().trim() + "» сохранена");
            return "redirect:" + PATH + "?ogrn=" + form.ogrn().trim();
        } catch (InvalidInputException e) {
            return refused(redirect, e, "organisationForm", form);
        }
    }

    @PostMapping(PATH + "/services")
    String saveService(@RequestParam Map<String, String> fields, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        DirectoryAdministration.ServiceForm form;
        try {
            String[] process = fields.getOrDefault("process", "").split("@", 2);
            form = new DirectoryAdministration.ServiceForm(fields.get("code"), fields.get("title"), fields.get("shortTitle"),
                    Integer.parseInt(fields.getOrDefault("maxTermDays", "0").trim()),
                    new BigDecimal(fields.getOrDefault("fee", "0").trim().replace(',', '.')), process[0],
                    process.length > 1 ? Integer.valueOf(process[1]) : null,
                    fields.get("acceptanceRefusalGrounds"), fields.get("refusalGrounds"));
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("flashError", "Срок — целое число рабочих дней, пошлина — число");
            return "redirect:" + PATH;
        }
        try {
            administration.saveService(form, actor);
            redirect.addFlashAttribute("flashMessage", "Услуга «" + form.title().trim() + "» сохранена");
            return "redirect:" + PATH + "?service=" + form.code().trim();
        } catch (InvalidInputException e) {
            return refused(redirect, e, "serviceForm", form);
        }
    }

    @PostMapping(PATH + "/regions")
    String saveRegion(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        try {
            administration.saveRegion(code, name, actor);
            redirect.addFlashAttribute("flashMessage", "Регион " + code.trim() + " — " + name.trim() + " сохранён");
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            return refused(redirect, e, "regionForm", new RegionForm(code, name));
        }
    }

    /** Each process's newest version, then each loaded version to pin. */
    private List<ProcessChoice> processChoices() {
        List<ProcessChoice> choices = new ArrayList<>();
        processes.currentVersions().stream().sorted(Comparator.comparing(ProcessDefinition::code)).forEach(current -> {
            choices.add(new ProcessChoice(current.code(), current.code() + " — новейшая версия (сейчас " + current.version() + ")"));
            processes.all().stream().filter(p -> p.code().equals(current.code()))
                    .sorted(Comparator.comparingInt(ProcessDefinition::version))
                    .forEach(p -> choices.add(new ProcessChoice(p.code() + "@" + p.version(),
                            p.code() + " — только версия " + p.version())));
        });
        return choices;
    }

    private static String refused(RedirectAttributes redirect, InvalidInputException e, String name, Object form) {
        redirect.addFlashAttribute(name, form);
        redirect.addFlashAttribute("fieldErrors", new HashMap<>(e.violations().stream()
                .collect(Collectors.toMap(v -> v.field(), v -> v.message(), (a, b) -> a))));
        redirect.addFlashAttribute("flashError", "Не сохранено: " + e.violations().stream().map(v -> v.message())
                .collect(Collectors.joining("; ")));
        return "redirect:" + PATH;
    }

    private DirectoryAdministration.OrganisationForm form(Organisation o) {
        return new DirectoryAdministration.OrganisationForm(o.ogrn(), o.regionCode(), o.title(), o.shortTitle(), o.address(),
                o.schedule(), o.phone(), o.email(), o.registrationNumberFormat(),
                directory.servicesOf(o.id()).stream().map(PublicService::code).toList());
    }

    private static DirectoryAdministration.ServiceForm form(PublicService s) {
        return new DirectoryAdministration.ServiceForm(s.code(), s.title(), s.shortTitle(), s.maxTermDays(), s.fee(),
                s.processCode(), s.processVersion(), lines(s.decisionGrounds().get("ACCEPTANCE_REFUSAL")), lines(s.decisionGrounds().get("REFUSAL")));
    }

    private static String lines(List<DecisionGround> grounds) {
        return grounds == null ? "" : grounds.stream().map(g -> g.code() + ": " + g.title()).collect(Collectors.joining("\n"));
    }
}
