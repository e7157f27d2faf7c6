package ru.reglament.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import ru.reglament.access.Actor;
import ru.reglament.staff.Role;

/**
 * Who may see what and whom work waits for: the one answer the API, the workstation's pages and
 * intake ask. What may be done in which status, and whom an action may assign, stay in the process
 * definitions; this reads them.
 */
@Service
public class AccessPolicy {

    private final ProcessDefinitions processes;

    AccessPolicy(ProcessDefinitions processes) {
        this.processes = processes;
    }

    /** Staff of the application's organisation read all of it: card, history, drafts. */
    public boolean readsInFull(Actor actor, int organisationId) {
        return actor.belongsTo(organisationId);
    }

    /** The portal's client reads any application, but only as its applicant sees it. */
    public boolean readsAsApplicant(Actor actor) {
        return actor.has(Role.PORTAL) && actor.organisationIds().isEmpty();
    }

    /** Whether the caller may see the application at all, in full or as its applicant. */
    public boolean maySee(Actor actor, int organisationId) {
        return readsInFull(actor, organisationId) || readsAsApplicant(actor);
    }

    /** Whether the caller may submit applications into some process: checked before a request is read. */
    public boolean maySubmitAny(Actor actor) {
        for (ProcessDefinition process : processes.all()) {
            if (holdsAny(actor, process.submittedBy())) return true;
        }
        return false;
    }

    /** Whether the caller may submit applications into this process. */
    public boolean maySubmit(Actor actor, ProcessDefinition process) {
        return holdsAny(actor, process.submittedBy());
    }

    /**
     * Whether the caller holds a role that some action of a current process lets a person take: they
     * work on applications (and have applications of their own), rather than only read them.
     */
    public boolean worksOnApplications(Actor actor) {
        Set<Role> roles = actor.roles();
        roles.remove(Role.PORTAL);
        roles.remove(Role.SYSTEM);
        for (ProcessDefinition process : processes.currentVersions()) {
            for (ProcessAction action : process.actions().values()) {
                for (Transition t : action.transitions()) {
                    for (Role role : t.roles()) {
                        if (roles.contains(role)) return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The worklists of the caller's roles in the current definitions: statuses in which applications
     * wait for anyone of the organisation holding one of those roles, by status code, in process order.
     */
    public List<ProcessStatus> worklists(Actor actor) {
        Set<Role> roles = actor.roles();
        Map<String, ProcessStatus> queues = new LinkedHashMap<>();
        for (ProcessDefinition process : processes.currentVersions()) {
            for (ProcessStatus status : process.queuesOf(roles)) queues.putIfAbsent(status.code(), status);
        }
        return List.copyOf(queues.values());
    }

    /**
     * The statuses in which an application counts among the caller's «Мои» although not assigned to
     * them: queues marked {@code mine} that wait for one of the caller's roles.
     */
    public List<String> mineStatuses(Actor actor) {
        List<String> statuses = new ArrayList<>();
        for (ProcessStatus status : worklists(actor)) {
            if (status.queue().mine()) statuses.add(status.code());
        }
        return statuses;
    }

    private static boolean holdsAny(Actor actor, Set<Role> roles) {
        for (Role role : roles) {
            if (actor.has(role)) return true;
        }
        return false;
    }
}
