package ru.reglament.interagency.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.reglament.applications.ApplicationActed;
import ru.reglament.process.ProcessDefinitions;

/**
 * Settles the requests of an application that reaches a final status, so that the lists' SMEV
 * conditions stop showing it (a request may still be on its way, or have timed out, when the
 * decision is signed). Synchronous, in the action's transaction: a closed application never shows as
 * awaiting an answer, and only closing actions pay for it.
 */
@Component
class ClosedApplications {

    private final ProcessDefinitions processes;
    private final RequestStore store;

    ClosedApplications(ProcessDefinitions processes, RequestStore store) {
        this.processes = processes;
        this.store = store;
    }

    @EventListener
    void on(ApplicationActed acted) {
        if (acted.changedStatus() && processes.version(acted.processCode(), acted.processVersion()).isFinal(acted.statusAfter())) {
            store.settleAll(acted.applicationId(), acted.occurredAt());
        }
    }
}
