package ru.reglament.workstation.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.ui.Model;
import ru.reglament.access.Actor;
import ru.reglament.notifications.Notifications;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;

/** What the frame of every workstation page shows: the user, their sections, the release, counters. */
@ControllerAdvice(annotations = WorkstationPage.class)
class PageModel {

    private final Sections sections;
    private final Directory directory;
    private final Notifications notifications;
    private final String release;

    PageModel(Sections sections, Directory directory, Notifications notifications, ObjectProvider<BuildProperties> build) {
        this.sections = sections;
        this.directory = directory;
        this.notifications = notifications;
        BuildProperties properties = build.getIfAvailable();
        this.release = properties == null ? "dev" : properties.getVersion();
    }

    @ModelAttribute
    void frame(@AuthenticationPrincipal Actor actor, HttpServletRequest request, Model model) {
        if (actor == null) return;
        model.addAttribute("me", actor);
        model.addAttribute("sections", sections.of(actor));
        model.addAttribute("release", release);
        model.addAttribute("organisationTitle", actor.organisationIds().stream().sorted(Comparator.naturalOrder())
                .findFirst().flatMap(directory::organisation).map(Organisation::displayName).orElse(null));
        model.addAttribute("unreadNotifications", sections.allows(actor, "notifications") ? notifications.unread(actor) : 0);
        String language = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "ru" : "en";
        model.addAttribute("languageSwitchUrl", ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("lang", language).replaceQueryParam("cursor").build().toUriString());
    }
}
