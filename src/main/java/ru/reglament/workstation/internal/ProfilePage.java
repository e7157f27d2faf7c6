package ru.reglament.workstation.internal;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.reglament.access.Actor;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;

/** The user's profile: name, login, and each role with its organisation. */
@WorkstationPage
class ProfilePage {

    record RoleLine(String role, String roleTitle, String organisation) {
    }

    private final Directory directory;

    ProfilePage(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal Actor actor, Model model) {
        List<RoleLine> roles = actor.memberships().stream()
                .map(m -> new RoleLine(m.role().name(), m.role().title(), m.organisationId() == null ? null
                        : directory.organisation(m.organisationId()).map(Organisation::title).orElse(null)))
                .toList();
        model.addAttribute("roles", roles);
        model.addAttribute("currentSection", "profile");
        return "workstation/profile";
    }
}
