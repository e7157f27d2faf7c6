package ru.reglament.workstation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;
import ru.reglament.access.Actor;
import ru.reglament.applications.ApplicationFilter;
import ru.reglament.applications.ApplicationPage;
import ru.reglament.applications.ApplicationQueries;
import ru.reglament.shared.WorkingCalendar;
import ru.reglament.staff.Role;

/**
 * The home page: widgets chosen by the user's roles (seed 001: «виджеты со статистическими
 * данными ... в зависимости от роли»). Every number links to the list it counts.
 */
@WorkstationPage
class HomePage {

    /** "Due soon" means the deadline falls within this many working days. */
    static final int DUE_SOON_WORKING_DAYS = 3;

    private static final Set<Role> REGISTRARS = EnumSet.of(Role.REGISTRAR, Role.ASSIGNING_REGISTRAR);
    private static final Set<Role> SPECIALISTS = EnumSet.of(Role.SPECIALIST, Role.ASSIGNING_SPECIALIST);
    private static final Set<Role> OBSERVERS = EnumSet.of(Role.OBSERVER, Role.STATS_OBSERVER);

    /** A number on a widget and the list it counts. */
    record Figure(String labelKey, String label, long count, boolean more, String link, String tone) {
    }

    record Widget(String id, String titleKey, List<Figure> figures) {
    }

    private final ApplicationQueries queries;
    private final Sections sections;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    HomePage(ApplicationQueries queries, WorkingCalendar calendar, Sections sections,
            @Value("${reglament.time-zone:Europe/Moscow}") ZoneId zone) {
        this.queries = queries;
        this.sections = sections;
        this.calendar = calendar;
        this.zone = zone;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal Actor actor, Model model) {
        boolean processing = holdsAny(actor, REGISTRARS) || holdsAny(actor, SPECIALISTS) || actor.has(Role.OFFICIAL);
        List<Widget> widgets = new ArrayList<>();
        if (processing) {
            widgets.add(new Widget("mine", "home.mine", queries.countsByStatus(actor, true).stream()
                    .map(c -> new Figure(null, c.status().name(), c.count(), false,
                            list("mine", c.status().code(), null), "primary"))
                    .toList()));
        }
        List<Figure> waiting = new ArrayList<>();
        if (holdsAny(actor, REGISTRARS)) waiting.add(count(actor, "home.new-unassigned", "all", "NEW", null, "primary"));
        if (holdsAny(actor, SPECIALISTS)) {
            waiting.add(count(actor, "home.smev-received", "all", "SMEV_RECEIVED", null, "primary"));
            waiting.add(count(actor, "home.smev-partial", "all", "SMEV_PARTIAL", null, "primary"));
        }
        if (actor.has(Role.OFFICIAL)) waiting.add(count(actor, "home.awaiting-signature", "all", "DECISION_DRAFTED", null, "primary"));
        if (!waiting.isEmpty()) widgets.add(new Widget("waiting", "home.waiting", waiting));
        if (processing || holdsAny(actor, OBSERVERS)) {
            String scope = processing ? "mine" : "all";
            LocalDate today = LocalDate.now(clock.withZone(zone));
            widgets.add(new Widget("deadlines", processing ? "home.deadlines.mine" : "home.deadlines.all", List.of(
                    count(actor, "home.overdue", scope, null, today.minusDays(1), "danger"),
                    count(actor, "home.due-soon", scope, null,
                            calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS), "warning"))));
        }
        if (holdsAny(actor, OBSERVERS)) {
            widgets.add(new Widget("statistics", "home.statistics", queries.countsByStatus(actor, false).stream()
                    .map(c -> new Figure(null, c.status().name(), c.count(), false,
                            list("all", c.status().code(), null), "secondary"))
                    .toList()));
        }
        // Numbers link to their lists only for those whose roles open «Заявления» (not the statistics observer).
        if (!sections.allows(actor, "applications")) {
            widgets = widgets.stream().map(w -> new Widget(w.id(), w.titleKey(), w.figures().stream()
                    .map(f -> new Figure(f.labelKey(), f.label(), f.count(), f.more(), null, f.tone())).toList())).toList();
        }
        model.addAttribute("currentSection", "home");
        model.addAttribute("widgets", widgets);
        return "workstation/home";
    }

    private Figure count(Actor actor, String labelKey, String scope, String status, LocalDate dueBy, String tone) {
        ApplicationPage page = queries.list(new ApplicationFilter(scope.equals("mine"),
                status == null ? null : List.of(status), null, null, null, null, null, null, 1, dueBy, false), actor);
        return new Figure(labelKey, null, page.total(), page.totalExceedsLimit(), list(scope, status, dueBy), tone);
    }

    private static String list(String scope, String status, LocalDate dueBy) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/applications").queryParam("scope", scope);
        if (status != null) uri.queryParam("status", status);
        if (dueBy != null) uri.queryParam("dueBy", dueBy);
        return uri.toUriString();
    }

    private static boolean holdsAny(Actor actor, Set<Role> roles) {
        return roles.stream().anyMatch(actor::has);
    }
}
