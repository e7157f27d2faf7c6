package ru.reglament.workstation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;
import ru.reglament.access.Actor;
import ru.reglament.applications.ApplicationFilter;
import ru.reglament.applications.ApplicationPage;
import ru.reglament.applications.ApplicationQueries;
import ru.reglament.directory.Directory;
import ru.reglament.process.AccessPolicy;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.process.ProcessStatus;
import ru.reglament.shared.WorkingCalendar;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;

/**
 * The home page: widgets chosen by the user's roles (seed 001: «виджеты со статистическими
 * данными ... в зависимости от роли»). Every number links to the list it counts.
 */
@WorkstationPage
class HomePage {

    /** "Due soon" means the deadline falls within this many working days. */
    static final int DUE_SOON_WORKING_DAYS = 3;

    /** Who reads the organisation's statistics rather than working applications. */
    private static final Set<Role> OBSERVERS = EnumSet.of(Role.OBSERVER, Role.STATS_OBSERVER);

    /** A number on a widget and the list it counts. */
    record Figure(String labelKey, String label, long count, boolean more, String link, String tone) {
    }

    record Widget(String id, String titleKey, List<Figure> figures) {
    }

    private final ApplicationQueries queries;
    private final AccessPolicy policy;
    private final Sections sections;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final Clock clock;
    private final Staff staff;
    private final ProcessNames names;
    private final Directory directory;
    private final ProcessDefinitions processes;

    HomePage(ApplicationQueries queries, AccessPolicy policy, WorkingCalendar calendar, Sections sections, ZoneId zone,
            Clock clock, Staff staff, ProcessNames names, Directory directory, ProcessDefinitions processes) {
        this.names = names;
        this.directory = directory;
        this.processes = processes;
        this.staff = staff;
        this.queries = queries;
        this.policy = policy;
        this.sections = sections;
        this.calendar = calendar;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal Actor actor, Model model) {
        boolean processing = policy.worksOnApplications(actor);
        List<Widget> widgets = new ArrayList<>();
        if (processing) {
            widgets.add(new Widget("mine", "home.mine", queries.countsByStatus(actor, true).stream()
                    .map(c -> new Figure(null, names.status(c.status()), c.count(), false,
                            list("mine", c.status().code(), null), "primary"))
                    .toList()));
        }
        List<Figure> waiting = new ArrayList<>();
        for (ProcessStatus queue : policy.worklists(actor)) {
            Figure figure = count(actor, null, "all", queue.code(), null, "primary");
            waiting.add(new Figure(null, queue.queueLabel(names.english()), figure.count(), figure.more(), figure.link(),
                    figure.tone()));
        }
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
                    .map(c -> new Figure(null, names.status(c.status()), c.count(), false,
                            list("all", c.status().code(), null), "secondary"))
                    .toList()));
        }
        if (sections.allows(actor, "organisation")) {
            List<Figure> people = actor.memberships().stream()
                    .filter(m -> m.role() == Role.ORG_ADMIN && m.organisationId() != null)
                    .map(m -> m.organisationId()).distinct()
                    .map(id -> new Figure("home.employees", null, staff.ofOrganisation(id).size(), false, "/organisation",
                            "primary"))
                    .toList();
            widgets.add(new Widget("organisation", "home.organisation", people));
        }
        if (sections.allows(actor, "directory-import")) {
            widgets.add(new Widget("platform", "home.platform", List.of(
                    new Figure("home.platform.regions", null, directory.regions().size(), false, null, "secondary"),
                    new Figure("home.platform.organisations", null, directory.organisations().size(), false,
                            "/admin/directory-import", "primary"),
                    new Figure("home.platform.services", null, directory.services().size(), false,
                            "/admin/directory-import", "primary"),
                    new Figure("home.platform.processes", null, processes.all().size(), false, "/admin/processes",
                            "primary"))));
        }
        // Numbers link to lists of applications only for those whose roles open «Заявления» (not the statistics observer).
        if (!sections.allows(actor, "applications")) {
            widgets = widgets.stream().map(w -> new Widget(w.id(), w.titleKey(), w.figures().stream()
                    .map(f -> f.link() == null || !f.link().startsWith("/applications") ? f
                            : new Figure(f.labelKey(), f.label(), f.count(), f.more(), null, f.tone())).toList())).toList();
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
