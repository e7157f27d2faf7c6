package ru.reglament.workstation.internal;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import ru.reglament.access.Actor;
import ru.reglament.access.Invitations;
import ru.reglament.access.OrganisationAdministration;
import ru.reglament.access.WorkstationAddresses;
import ru.reglament.administration.DirectoryAdministration;
import ru.reglament.applications.ApplicationFilter;
import ru.reglament.applications.ApplicationQueries;
import ru.reglament.applications.ApplicationSummary;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.process.ProcessStatus;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;

/**
 * «Организация» for the organisation's administrator (and the platform's, for any organisation): its
 * card, its employees with their roles in it, and the addresses its employees may work from, with the
 * latest refusals from other addresses.
 */
@WorkstationPage
class OrganisationPage {

    /** An organisation the administrator administers, with its people. */
    record Administered(Organisation organisation, List<Member> members, List<String> addresses,
            List<WorkstationAddresses.Refusal> refusals, List<Invitations.Invitation> invitations) {
    }

    /**
     * An employee as the organisation sees them: their roles here, whether they still work, and once
     * deactivated their open applications, to be given to colleagues.
     */
    record Member(long id, String fullName, String position, String login, String snils, boolean active,
            List<Role> roles, List<ApplicationSummary> openApplications) {
    }

    private final Directory directory;
    private final Staff staff;
    private final WorkstationAddresses addresses;
    private final OrganisationAdministration administration;
    private final ApplicationQueries applications;
    private final ProcessDefinitions processes;
    private final DirectoryAdministration directoryAdministration;
    private final Invitations invitations;

    OrganisationPage(Directory directory, Staff staff, WorkstationAddresses addresses,
            OrganisationAdministration administration, ApplicationQueries applications, ProcessDefinitions processes,
            DirectoryAdministration directoryAdministration, Invitations invitations) {
        this.invitations = invitations;
        this.directoryAdministration = directoryAdministration;
        this.directory = directory;
        this.staff = staff;
        this.addresses = addresses;
        this.administration = administration;
        this.applications = applications;
        this.processes = processes;
    }

    /**
     * The organisations the caller administers; a platform administrator chooses any one
     * ({@code organisation}), starting from their own.
     */
    @GetMapping("/organisation")
    String organisation(@RequestParam(name = "organisation", required = false) Integer chosen,
            @AuthenticationPrincipal Actor actor, Model model) {
        boolean platformAdmin = actor.roles().contains(Role.PLATFORM_ADMIN);
        List<Integer> ids = actor.memberships().stream()
                .filter(m -> m.role() == Role.ORG_ADMIN && m.organisationId() != null)
                .map(m -> m.organisationId()).distinct().sorted().toList();
        if (platformAdmin) {
            int shown = chosen != null && directory.organisation(chosen).isPresent() ? chosen
                    : !ids.isEmpty() ? ids.get(0) : actor.organisationIds().stream().sorted().findFirst()
                            .orElse(directory.organisations().get(0).id());
            ids = List.of(shown);
            model.addAttribute("allOrganisations", directory.organisations());
            model.addAttribute("shownOrganisation", shown);
        }
        List<Administered> administered = ids.stream()
                .map(id -> new Administered(directory.organisation(id).orElseThrow(), members(id), addresses.of(id),
                        addresses.refusals(id, 20), invitations.ofOrganisation(id, 20)))
                .toList();
        model.addAttribute("administered", administered);
        model.addAttribute("grantable", administration.grantableRoles());
        model.addAttribute("invitationMail", invitations.mailConfigured());
        model.addAttribute("currentSection", "organisation");
        return "workstation/organisation";
    }

    /** The card's contact details and number format; the legal name, ОГРН and region are the platform's. */
    @PostMapping("/organisation/{organisationId}/card")
    String card(@PathVariable int organisationId, @RequestParam Map<String, String> fields,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return changed(organisationId, redirect, () -> directoryAdministration.saveCard(organisationId, new DirectoryAdministration.CardForm(
                fields.get("shortTitle"), fields.get("address"), fields.get("schedule"), fields.get("phone"),
                fields.get("email"), fields.get("registrationNumberFormat")), actor), "Карточка организации сохранена");
    }

    /** One address or CIDR range per line; a bad line is named and nothing changes. */
    @PostMapping("/organisation/{organisationId}/addresses")
    String setAddresses(@PathVariable int organisationId, @RequestParam(defaultValue = "") String addresses,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        try {
            this.addresses.set(organisationId, List.of(addresses.split("\\R")), actor);
            redirect.addFlashAttribute("flashMessage", "Адреса рабочих мест сохранены");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.violations().stream().map(v -> v.message())
                    .collect(Collectors.joining("; ")));
        }
        return "redirect:/organisation?organisation=" + organisationId;
    }

    /** «Пригласить сотрудника»: the mail goes with the link; with no mail configured, the link is shown once. */
    @PostMapping("/organisation/{organisationId}/invitations")
    String invite(@PathVariable int organisationId, @RequestParam Map<String, String> fields,
            @RequestParam(name = "roles", required = false) List<Role> roles, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return changed(organisationId, redirect, () -> {
            Invitations.Invited invited = invitations.invite(organisationId, new Invitations.InvitationForm(
                    fields.get("email"), fields.get("lastName"), fields.get("firstName"), fields.get("middleName"),
                    roles == null ? List.of() : roles), ServletUriComponentsBuilder.fromCurrentContextPath().toUriString(), actor);
            if (invited.link() != null) redirect.addFlashAttribute("invitationLink", invited.link());
        }, "Приглашение для " + fields.get("email") + " создано");
    }

    @PostMapping("/organisation/{organisationId}/invitations/{invitationId}/revoke")
    String revokeInvitation(@PathVariable int organisationId, @PathVariable long invitationId,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return changed(organisationId, redirect, () -> invitations.revoke(organisationId, invitationId, actor),
                "Приглашение отозвано");
    }

    @PostMapping("/organisation/{organisationId}/employees/{employeeId}/roles")
    String role(@PathVariable int organisationId, @PathVariable long employeeId, @RequestParam Role role,
            @RequestParam boolean grant, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return changed(organisationId, redirect, () -> {
            if (grant) administration.grant(organisationId, employeeId, role, actor);
            else administration.revoke(organisationId, employeeId, role, actor);
        }, grant ? "Роль «" + role.title() + "» назначена" : "Роль «" + role.title() + "» снята");
    }

    /** The СНИЛС a client certificate finds the employee by. */
    @PostMapping("/organisation/{organisationId}/employees/{employeeId}/snils")
    String snils(@PathVariable int organisationId, @PathVariable long employeeId,
            @RequestParam(defaultValue = "") String snils, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return changed(organisationId, redirect, () -> administration.setSnils(organisationId, employeeId, snils, actor),
                snils.isBlank() ? "СНИЛС сотрудника удалён" : "СНИЛС сотрудника сохранён");
    }

    @PostMapping("/organisation/{organisationId}/employees/{employeeId}/active")
    String active(@PathVariable int organisationId, @PathVariable long employeeId, @RequestParam boolean active,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return changed(organisationId, redirect, () -> {
            if (active) administration.reactivate(organisationId, employeeId, actor);
            else administration.deactivate(organisationId, employeeId, actor);
        }, active ? "Сотрудник снова может работать" : "Сотрудник отключён; его открытые заявления — в списке ниже");
    }

    private static String changed(int organisationId, RedirectAttributes redirect, Runnable change, String done) {
        try {
            change.run();
            redirect.addFlashAttribute("flashMessage", done);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.violations().stream().map(v -> v.message())
                    .collect(Collectors.joining("; ")));
        }
        return "redirect:/organisation?organisation=" + organisationId;
    }

    /** Its people; a deactivated one's open applications read as the platform reads the organisation's. */
    private List<Member> members(int organisationId) {
        List<String> open = processes.current("default").statuses().values().stream().filter(st -> !st.isFinal())
                .map(ProcessStatus::code).toList();
        return staff.ofOrganisation(organisationId).stream()
                .map(e -> new Member(e.id(), e.fullName(), e.position(), e.login(), e.snils(), e.active(), e.memberships().stream()
                        .filter(m -> m.organisationId() != null && m.organisationId() == organisationId)
                        .map(m -> m.role()).sorted().toList(),
                        e.active() ? List.of() : applications.list(new ApplicationFilter(false, open, null, e.id(), null,
                                null, null, null, 50), Actor.systemIn(organisationId)).items()))
                .toList();
    }
}
