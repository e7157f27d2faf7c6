package ru.reglament.workstation.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import ru.reglament.access.Actor;
import ru.reglament.applications.ApplicationFilter;
import ru.reglament.applications.ApplicationQueries;
import ru.reglament.directory.Directory;
import ru.reglament.process.AccessPolicy;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;

/**
 * «Заявления»: the «Все / Мои» toggle, the search box, the advanced filter behind the gear, newest
 * or oldest first, keyset pages. Every choice lives in the URL, so a list can be shared as a link.
 */
@WorkstationPage
class ApplicationListPage {

    /** Whose names the filter offers as responsible employees. */
    static final Set<Role> PROCESSING = EnumSet.of(Role.REGISTRAR, Role.ASSIGNING_REGISTRAR, Role.SPECIALIST,
            Role.ASSIGNING_SPECIALIST, Role.OFFICIAL);
    private static final int PAGE_SIZE = 20;

    /** The list's state as the URL holds it. */
    record ListState(String scope, String q, List<String> status, String service, Long assignee, LocalDate from,
            LocalDate to, LocalDate dueBy, String condition, String sort, String cursor) {

        public boolean oldestFirst() {
            return "old".equals(sort);
        }

        public boolean advanced() {
            return (status != null && !status.isEmpty()) || (service != null && !service.isBlank()) || assignee != null
                    || from != null || to != null || dueBy != null || (condition != null && !condition.isBlank());
        }

        /** This list with some parameters changed; pages restart unless a cursor is given. */
        public String with(String name, Object value) {
            Map<String, Object> params = params();
            params.remove("cursor");
            if (value == null) params.remove(name);
            else params.put(name, value);
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/applications");
            params.forEach((k, v) -> {
                if (v instanceof List<?> values) values.forEach(x -> uri.queryParam(k, x));
                else uri.queryParam(k, v);
            });
            return uri.encode().toUriString();
        }

        private Map<String, Object> params() {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("scope", scope);
            if (q != null && !q.isBlank()) params.put("q", q);
            if (status != null && !status.isEmpty()) params.put("status", status);
            if (service != null && !service.isBlank()) params.put("service", service);
            if (assignee != null) params.put("assignee", assignee);
            if (from != null) params.put("from", from);
            if (to != null) params.put("to", to);
            if (dueBy != null) params.put("dueBy", dueBy);
            if (condition != null && !condition.isBlank()) params.put("condition", condition);
            if (oldestFirst()) params.put("sort", "old");
            if (cursor != null) params.put("cursor", cursor);
            return params;
        }
    }

    private final ApplicationQueries queries;
    private final ProcessDefinitions processes;
    private final Directory directory;
    private final Staff staff;
    private final AccessPolicy policy;
    private final ListColumns columns;

    ApplicationListPage(ApplicationQueries queries, ProcessDefinitions processes, Directory directory, Staff staff,
            AccessPolicy policy, ListColumns columns) {
        this.queries = queries;
        this.processes = processes;
        this.directory = directory;
        this.staff = staff;
        this.policy = policy;
        this.columns = columns;
    }

    @GetMapping("/applications")
    String list(@RequestParam(required = false) String scope, @RequestParam(required = false) String q,
            @RequestParam(required = false) List<String> status, @RequestParam(required = false) String service,
            @RequestParam(required = false) Long assignee,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy,
            @RequestParam(required = false) String condition,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String cursor,
            @RequestHeader(name = "HX-Target", required = false) String htmxTarget,
            @AuthenticationPrincipal Actor actor, Model model) {
        boolean processing = policy.worksOnApplications(actor);
        // «Мои» is the default (seed 001); a reader who is never assigned anything starts at «Все».
        String effectiveScope = "all".equals(scope) || (scope == null && !processing) ? "all" : "mine";
        List<String> statuses = status == null ? List.of() : status.stream().filter(s -> !s.isBlank()).toList();
        ListState state = new ListState(effectiveScope, q, statuses, service, assignee, from, to, dueBy, condition, sort,
                cursor);
        try {
            model.addAttribute("page", queries.list(new ApplicationFilter(effectiveScope.equals("mine"), statuses,
                    blankToNull(service), assignee, from, to, q, blankToNull(cursor), PAGE_SIZE, dueBy,
                    state.oldestFirst(), blankToNull(condition)), actor));
        } catch (InvalidInputException e) {
            model.addAttribute("filterError", e.violations().get(0).message());
        }
        model.addAttribute("state", state);
        model.addAttribute("columns", columns.shown(actor.employeeId()));
        model.addAttribute("optionalColumns", ListColumns.OPTIONAL);
        model.addAttribute("currentSection", "applications");
        model.addAttribute("statuses", processes.current("default").statuses().values());
        model.addAttribute("conditions", queries.listConditions());
        model.addAttribute("services", actor.organisationIds().stream()
                .flatMap(org -> directory.servicesOf(org).stream()).distinct().toList());
        model.addAttribute("assignees", actor.organisationIds().stream()
                .flatMap(org -> staff.withAnyRole(org, PROCESSING).stream()).distinct().toList());
        if ("results".equals(htmxTarget)) return "workstation/applications :: #results";
        return "workstation/applications";
    }

    /** The column chooser's choice, kept for the user; back to the list as it was. */
    @PostMapping("/applications/columns")
    String chooseColumns(@RequestParam(name = "column", required = false) List<String> shown,
            @RequestParam(name = "back", required = false) String back, @AuthenticationPrincipal Actor actor) {
        columns.choose(actor.employeeId(), shown == null ? List.of() : shown);
        // Only a list of this site: anything else goes to the list's first page.
        return "redirect:" + (back != null && back.startsWith("/applications?") ? back : "/applications");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
