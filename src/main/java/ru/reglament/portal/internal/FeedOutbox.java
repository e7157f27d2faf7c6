package ru.reglament.portal.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.reglament.applications.ApplicationActed;
import ru.reglament.applications.ApplicationReceived;
import ru.reglament.interagency.SmevChannel;
import ru.reglament.process.IntermediateStatusSet;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinitions;

/**
 * Writes what the applicant's cabinet is to hear, in the transaction of the change, so that it is sent
 * exactly when the change commits: a status the portal hears of, a comment for the applicant (held
 * for the next status), an intermediate status. Synchronous listeners: an update is never lost
 * between a commit and a listener, and only the actions that concern the applicant pay for it.
 */
@Component
@ConditionalOnProperty(name = "reglament.portal.enabled", havingValue = "true", matchIfMissing = true)
class FeedOutbox {

    private final ElkStatuses codes;
    private final ProcessDefinitions processes;
    private final FeedStore store;
    private final SmevChannel smev;

    FeedOutbox(ElkStatuses codes, ProcessDefinitions processes, FeedStore store, SmevChannel smev) {
        this.codes = codes;
        this.processes = processes;
        this.store = store;
        this.smev = smev;
    }

    /** Applications arrive in batches: their first updates are written together just before the batch commits. */
    @EventListener
    void on(ApplicationReceived received) {
        ElkStatuses.Code code = codes.of(received.processCode(), received.status());
        if (code == null) return;
        pendingReceipts().add(new FeedStore.NewUpdate(received.applicationId(), received.organisationId(),
                received.status(), code.code(), null, false, false, received.receivedAt(), smev.newMessageId()));
    }

    @EventListener
    void on(ApplicationActed acted) {
        ProcessAction action = processes.version(acted.processCode(), acted.processVersion()).action(acted.action());
        // Only a public action's comment is the applicant's to read; any other is the staff's own note.
        String comment = action != null && action.isPublic() && acted.comment() != null && !acted.comment().isBlank()
                ? acted.comment() : null;
        ElkStatuses.Code code = acted.changedStatus() ? codes.of(acted.processCode(), acted.statusAfter()) : null;
        if (code != null) {
            store.queue(new FeedStore.NewUpdate(acted.applicationId(), acted.organisationId(), acted.statusAfter(),
                    code.code(), comment, code.result(), false, acted.occurredAt(), smev.newMessageId()));
        } else if (comment != null) {
            store.hold(acted.applicationId(), acted.organisationId(), acted.statusAfter(), comment, acted.occurredAt());
        }
    }

    /** Published after the action's history line: its comment is held by then, and goes with it. */
    @EventListener
    void on(IntermediateStatusSet set) {
        store.queue(new FeedStore.NewUpdate(set.applicationId(), set.organisationId(), set.code(), codes.intermediate(),
                set.name(), false, true, set.at(), smev.newMessageId()));
    }

    private List<FeedStore.NewUpdate> pendingReceipts() {
        @SuppressWarnings("unchecked")
        List<FeedStore.NewUpdate> pending = (List<FeedStore.NewUpdate>) TransactionSynchronizationManager.getResource(this);
        if (pending != null) return pending;
        List<FeedStore.NewUpdate> created = new ArrayList<>();
        TransactionSynchronizationManager.bindResource(this, created);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (!created.isEmpty()) store.queueFirst(created);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(FeedOutbox.this);
            }
        });
        return created;
    }
}
