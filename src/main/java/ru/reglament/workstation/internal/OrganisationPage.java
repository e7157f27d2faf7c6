package ru.reglament.workstation.internal;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.reglament.access.Actor;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;

/**
 * «Организация» for the organisation's administrator: its card and its employees with their roles in
 * it. Read-only until administration arrives (issue 15).
 */
@WorkstationPage
class OrganisationPage {

    /** An organisation the administrator administers, with its people. */
    record Administered(Organisation organisation, List<Member> members) {
    }

    /** An employee as the organisation sees them: their roles here, whether they still work. */
    record Member(String fullName, String position, String login, boolean active, List<Role> roles) {
    }

    private final Directory directory;
    private final Staff staff;

    OrganisationPage(Directory directory, Staff staff) {
        this.directory = directory;
        this.staff = staff;
    }

    @GetMapping("/organisation")
    String organisation(@AuthenticationPrincipal Actor actor, Model model) {
        List<Administered> administered = actor.memberships().stream()
                .filter(m -> m.role() == Role.ORG_ADMIN && m.organisationId() != null)
                .map(m -> m.organisationId()).distinct().sorted()
                .map(id -> new Administered(directory.organisation(id).orElseThrow(), members(id)))
                .toList();
        model.addAttribute("administered", administered);
        model.addAttribute("currentSection", "organisation");
        return "workstation/organisation";
    }

    private List<Member> members(int organisationId) {
        return staff.ofOrganisation(organisationId).stream()
                .map(e -> new Member(e.fullName(), e.position(), e.login(), e.active(), e.memberships().stream()
                        .filter(m -> m.organisationId() != null && m.organisationId() == organisationId)
                        .map(m -> m.role()).sorted().toList()))
                .toList();
    }
}
