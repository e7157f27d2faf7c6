package ru.reglament.workstation.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.reglament.access.Actor;
import ru.reglament.directory.Directory;

/** «Справочная информация»: the organisation's services (codes, terms, fees) and the directory of organisations. */
@WorkstationPage
class ReferencePage {

    private final Directory directory;

    ReferencePage(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/reference")
    String reference(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("services", actor.organisationIds().stream()
                .flatMap(org -> directory.servicesOf(org).stream()).distinct().toList());
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("regions", directory.regions());
        model.addAttribute("currentSection", "reference");
        return "workstation/reference";
    }
}
