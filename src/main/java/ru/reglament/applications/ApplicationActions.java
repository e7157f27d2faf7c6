package ru.reglament.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import ru.reglament.applications.internal.ApplicationRow;
import ru.reglament.applications.internal.ApplicationStore;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.directory.PublicService;
import ru.reglament.process.AccessPolicy;
import ru.reglament.process.ApplicationSnapshot;
import ru.reglament.process.Lookups;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.process.ProcessEngine;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.shared.NotFoundException;
import ru.reglament.shared.Violations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes an action on an application: the process engine decides and runs the effects, this writes
 * the row and its history lines in one statement and publishes what happened in the same transaction.
 *
 * <p>An action whose effects change only the application's row is decided on the row as read, before
 * the transaction, and written by one statement that holds only if the row still has that version; a
 * colleague who acted first makes it a 409. An action whose effects write elsewhere too (a decision, a
 * signature) locks the row first and runs its effects inside the transaction, so that nothing it
 * writes is decided on a stale row or kept without it. The card returned is read after the commit.
 */
@Service
public class ApplicationActions {

    private final ApplicationStore store;
    private final ProcessDefinitions processes;
    private final ProcessEngine engine;
    private final AccessPolicy policy;
    private final Directory directory;
    private final ApplicationQueries queries;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    ApplicationActions(ApplicationStore store, ProcessDefinitions processes, ProcessEngine engine, AccessPolicy policy,
            Directory directory, ApplicationQueries queries, ApplicationEventPublisher events,
            TransactionTemplate transaction, JsonMapper json, Clock clock) {
        this.store = store;
        this.processes = processes;
        this.engine = engine;
        this.policy = policy;
        this.directory = directory;
        this.queries = queries;
        this.events = events;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    public ActionOutcome perform(ActionCommand command) {
        ApplicationRow found = visible(store.find(command.applicationId()).orElse(null), command);
        ProcessDefinition process = processes.version(found.processCode(), found.processVersion());
        if (!process.actions().containsKey(command.action())) {
            throw new NotFoundException("Неизвестное действие: " + command.action());
        }
        ProcessAction declared = process.action(command.action());
        if (process.isRepeat(declared.code(), found.status(), command.actor().rolesIn(found.organisationId()))) {
            // Done already (the caller did not hear the first answer): the card as it stands, nothing changed.
            Organisation organisation = directory.organisation(found.organisationId()).orElseThrow();
            PublicService service = directory.service(found.serviceId()).orElseThrow();
            return new ActionOutcome(queries.open(found, process, service, organisation, command.actor()), declared, false,
                    policy.readsInFull(command.actor(), found.organisationId()));
        }
        Violations violations = new Violations();
        process.checkBody(command.action(), command.body(), violations);
        violations.throwIfAny();
        JsonNode version = command.body() == null ? null : command.body().get(ProcessDefinition.VERSION_PARAMETER);
        if (version == null || !version.canConvertToInt()) {
            throw new InvalidInputException("version", "required", "Передайте версию карточки заявления (version)");
        }
        PublicService service = directory.service(found.serviceId()).orElseThrow();
        Instant now = clock.instant();
        // The transaction holds a pooled connection: it spans only what must be atomic. An action whose
        // effects write only the row is decided outside it, on the row as read (the update's version
        // check makes a concurrent action a 409); one whose effects write elsewhere locks the row first.
        Written written;
        if (engine.needsLock(process, command.action())) {
            written = transaction.execute(status -> write(decide(visible(store.lock(command.applicationId()).orElse(null),
                    command), process, service, command, version.asInt(), now), process, now));
        } else {
            Decided decided = decide(found, process, service, command, version.asInt(), now);
            written = transaction.execute(status -> write(decided, process, now));
        }
        ApplicationRow row = written.updated().row();
        OpenCard opened = queries.open(row, process, service, written.applied().organisation(), command.actor());
        return new ActionOutcome(opened, process.action(command.action()), written.applied().decisionChanged(),
                policy.readsInFull(command.actor(), row.organisationId()));
    }

    private record Decided(ApplicationRow row, ProcessEngine.Applied applied) {
    }

    private record Written(ApplicationStore.Updated updated, ProcessEngine.Applied applied) {
    }

    private Decided decide(ApplicationRow row, ProcessDefinition process, PublicService service, ActionCommand command,
            int expectedVersion, Instant now) {
        Organisation organisation = directory.organisation(row.organisationId()).orElseThrow();
        return new Decided(row, engine.apply(new ProcessEngine.Request(row.snapshot(), process, service, organisation,
                command.action(), command.body(), command.files(), command.actor(), expectedVersion, now, new Lookups())));
    }

    /** Writes the row and its history lines in one statement if its version still holds, and publishes the events. */
    private Written write(Decided decided, ProcessDefinition process, Instant now) {
        ProcessEngine.Applied applied = decided.applied();
        ApplicationSnapshot after = applied.application();
        List<ApplicationStore.HistoryLine> lines = new ArrayList<>(applied.lines().size());
        for (ProcessEngine.Line line : applied.lines()) {
            lines.add(new ApplicationStore.HistoryLine(now, line.actor().employeeIdOrNull(), line.actor().fullName(),
                    line.action(), line.statusBefore(), line.statusAfter(), line.comment(),
                    line.details().isEmpty() ? null : json.writeValueAsString(line.details())));
        }
        ApplicationRow row = decided.row();
        ApplicationStore.Updated updated = store.update(row.id(), row.version(), new ApplicationStore.Change(
                        after.status(), after.organisationId(), after.assigneeId(), after.registrationNumber(),
                        process.isFinal(after.status()) ? now : null, after.hasDecision(), now), lines)
                .orElseThrow(ProcessEngine::staleVersion);
        publish(updated, applied, process, now);
        return new Written(updated, applied);
    }

    /**
     * The history lines as events (and, where the definition says an action concerns someone, the
     * handover), then what the effects raised; listeners see them only once the action commits.
     */
    private void publish(ApplicationStore.Updated updated, ProcessEngine.Applied applied, ProcessDefinition process,
            Instant now) {
        ApplicationRow row = updated.row();
        String number = row.registrationNumber() != null ? row.registrationNumber() : row.portalNumber();
        List<ProcessEngine.Line> lines = applied.lines();
        for (int i = 0; i < lines.size(); i++) {
            ProcessEngine.Line line = lines.get(i);
            long historyId = updated.historyIds()[i];
            Long actorId = line.actor().employeeIdOrNull();
            events.publishEvent(new ApplicationActed(row.id(), historyId, number, row.serviceId(), process.code(),
                    process.version(), line.action(), line.statusBefore(), line.statusAfter(), row.organisationId(),
                    row.assigneeId(), actorId, line.actor().fullName(), line.comment(), now));
            ProcessAction.Notify notify = process.action(line.action()).notifies();
            ProcessAction.Recipient recipient = notify == null ? null
                    : notify.recipient(row.assigneeId(), actorId, row.organisationId());
            if (recipient != null) {
                events.publishEvent(new ApplicationHandedOver(row.id(), historyId, number, row.serviceId(), line.action(),
                        line.statusAfter(), recipient.employeeId(), recipient.organisationId(), notify.message(),
                        line.actor().fullName(), line.comment(), now));
            }
        }
        applied.events().forEach(events::publishEvent);
    }

    private ApplicationRow visible(ApplicationRow application, ActionCommand command) {
        if (application == null || !policy.maySee(command.actor(), application.organisationId())) {
            throw new NotFoundException("Заявление не найдено");
        }
        return application;
    }
}
