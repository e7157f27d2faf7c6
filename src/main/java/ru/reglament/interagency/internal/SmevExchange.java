package ru.reglament.interagency.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Element;
import ru.reglament.access.Actor;
import ru.reglament.applications.ActionCommand;
import ru.reglament.applications.ApplicationActions;
import ru.reglament.applications.ApplicationHistory;
import ru.reglament.applications.ApplicationQueries;
import ru.reglament.interagency.RequestState;
import ru.reglament.interagency.SmevChannel;
import ru.reglament.interagency.internal.xmldsig.SmevSignatureException;
import ru.reglament.interagency.internal.xmldsig.SmevSignatureVerifier;
import ru.reglament.shared.ConflictException;
import ru.reglament.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One step of each kind of background work, each safe to run on any number of nodes at once:
 * sending a batch of queued requests, polling SMEV for the answers of one message type, timing out
 * requests past their due date, and concluding rounds whose required requests are done.
 */
@Component
class SmevExchange {

    private static final Logger log = LoggerFactory.getLogger(SmevExchange.class);

    static final String HISTORY_ACTION = "interagency";

    private final RequestStore store;
    private final KindCatalog catalog;
    private final SmevClient client;
    private final InteragencyProperties properties;
    private final TransactionTemplate transaction;
    private final ApplicationHistory history;
    private final ApplicationActions actions;
    private final ApplicationQueries queries;
    private final JsonMapper json;
    private final Clock clock;

    SmevExchange(RequestStore store, KindCatalog catalog, SmevClient client, InteragencyProperties properties, TransactionTemplate transaction, ApplicationHistory history,
            ApplicationActions actions, ApplicationQueries queries, JsonMapper json, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.client = client;
        this.properties = properties;
        this.transaction = transaction;
        this.history = history;
        this.actions = actions;
        this.queries = queries;
        this.json = json;
        this.clock = clock;
    }

    /** Claims a batch, sends it and records what came of it. Returns how many were claimed. */
    int sendBatch() {
        List<RequestStore.Outgoing> batch = claim();
        if (!batch.isEmpty()) record(deliver(batch));
        return batch.size();
    }

    /**
     * Leases a batch of queued requests to this sender, committed at once: no transaction stays open
     * over the exchanges. A sender that dies leaves its batch to the others when the lease runs out,
     * as long as its exchanges could take; they send the same MessageIDs, which SMEV recognises.
     */
    List<RequestStore.Outgoing> claim() {
        Instant now = clock.instant();
        return store.claim(properties.batch(), now, now.plus(properties.timeout().multipliedBy(properties.batch() + 1L)));
    }

    /** The exchanges of a batch, outside any transaction; what came of each is kept for {@link #record}. */
    Delivered deliver(List<RequestStore.Outgoing> batch) {
        Instant now = clock.instant();
        List<Delivery> deliveries = new ArrayList<>(batch.size());
        for (RequestStore.Outgoing request : batch) {
            deliveries.add(new Delivery(request, client.send(new SmevChannel.Outgoing(request.messageId(),
                    request.organisationId(), request.body(), List.of()))));
        }
        return new Delivered(deliveries, now);
    }

    /** What came of a batch's exchanges, still to be written. */
    record Delivered(List<Delivery> deliveries, Instant at) {
    }

    /** One request and what SMEV made of it. */
    record Delivery(RequestStore.Outgoing request, SmevChannel.Sent sent) {
    }

    /**
     * Writes a batch's outcomes in one transaction, in a few statements for the whole batch: the requests'
     * rows first (those SMEV took in one statement, in the order of their ids, as a sender whose lease ran
     * out over the same rows would take them), then the applications' history.
     * A poller storing an answer takes its request's row and, for its line of history, only the key-share
     * lock a reference takes on the application, which an action's update does not wait for. Should a
     * line of history take the application's row again (as it did while it moved the version), this
     * order still keeps the two from waiting for each other in a circle.
     */
    void record(Delivered delivered) {
        Instant now = delivered.at();
        List<Delivery> deliveries = delivered.deliveries().stream()
                .sorted(Comparator.comparingLong(d -> d.request().id())).toList();
        List<Long> failed = new ArrayList<>();
        transaction.executeWithoutResult(tx -> {
            List<Delivery> accepted = deliveries.stream()
                    .filter(d -> d.sent().outcome() == SmevChannel.Sent.Outcome.ACCEPTED).toList();
            Set<Long> first = store.sent(accepted.stream().map(d -> d.request().id()).toList(),
                    accepted.stream().map(d -> d.sent().envelope()).toList(), now);
            List<ApplicationHistory.Line> lines = new ArrayList<>();
            for (Delivery d : deliveries) {
                RequestStore.Outgoing request = d.request();
                switch (d.sent().outcome()) {
                    case ACCEPTED -> {
                        if (first.contains(request.id())) lines.add(line(request, RequestState.SENT, null, now));
                    }
                    case RETRY -> retry(request, d.sent().problem(), now);
                    case REFUSED -> {
                        failed.add(request.applicationId());
                        if (store.failed(request.id(), d.sent().problem(), now)) {
                            log.warn("SMEV request {} ({}) refused: {}", request.messageId(), request.kindCode(), d.sent().problem());
                            lines.add(line(request, RequestState.ERROR, d.sent().problem(), now));
                        }
                    }
                }
            }
            history.note(lines);
        });
        if (!failed.isEmpty()) concludeDone(failed);
    }

    private ApplicationHistory.Line line(RequestStore.Outgoing request, RequestState state, String problem, Instant at) {
        return line(request.applicationId(), catalog.kind(request.kindCode()), state, request.messageId(), problem, at);
    }

    private void retry(RequestStore.Outgoing request, String problem, Instant now) {
        long factor = 1L << Math.min(request.attempts(), 16);
        Duration wait = properties.retry().multipliedBy(factor);
        if (wait.compareTo(properties.maxRetry()) > 0) wait = properties.maxRetry();
        store.retryLater(request.id(), now.plus(wait), problem);
        log.warn("SMEV request {} ({}) not sent, retry in {}: {}", request.messageId(), request.kindCode(), wait, problem);
    }

    /**
     * Takes the answers of one message type until SMEV has none left (at most {@code limit}): each is
     * stored, then acknowledged; one stored but not acknowledged comes again and is acknowledged then.
     * Answers as {@link SmevChannel#pollStep} does.
     */
    int poll(String namespace, String rootElement, int limit) {
        return client.pollStep(namespace, rootElement, limit, this::store);
    }

    /** Stores one answer; false when it answers no request of ours (it is then not acknowledged). */
    private boolean store(SmevChannel.Answer answer) {
        UUID messageId = answer.originalMessageId();
        Instant now = clock.instant();
        String forged = answer.signatureProblem();
        if (answer.businessXml() != null || answer.rejection() != null || forged != null) {
            // An answer whose provider's signature fails is not taken as an answer: the request fails, visibly.
            RequestState state = forged != null ? RequestState.ERROR
                    : answer.businessXml() != null ? RequestState.ANSWERED : RequestState.REJECTED;
            String body = forged == null ? answer.businessXml() : null;
            String problem = forged != null ? forged : answer.rejection();
            // Found and written in one statement; nothing found: not ours, or stored already (a redelivery).
            Optional<RequestStore.Waiting> stored = transaction.execute(tx -> {
                Optional<RequestStore.Waiting> changed = store.answered(messageId, state, answer.envelope(), body, problem, now);
                changed.ifPresent(request -> note(request.applicationId(), catalog.kind(request.kindCode()), state, messageId,
                        problem, now));
                return changed;
            });
            if (stored != null && stored.isPresent()) {
                concludeDone(List.of(stored.get().applicationId()));
                return true;
            }
        } else if (answer.statusOnly() && Boolean.TRUE.equals(transaction.execute(tx -> store.accepted(messageId, now)))) {
            return true;
        }
        if (store.byMessageId(messageId).isPresent()) return true;
        // Not ours (another system with the same message type): acknowledging it would lose it for them.
        log.warn("SMEV response to unknown request {}, not acknowledged", messageId);
        return false;
    }

    /**
     * What is wrong with the provider's signature of the answer, or null: the signature must be valid
     * and cover SenderProvidedResponseData. Whether the certificate belongs to the provider is SMEV's
     * to vouch for (its own signature), not checked here.
     */
    static String providerSignatureProblem(Element message) {
        Element holder = Xml.first(message, SmevMessages.TYPES, "ProviderInformationSystemSignature");
        Element signature = holder == null ? null : Xml.firstChildElement(holder);
        if (signature == null) return null;
        Element reference = Xml.first(signature, "http://www.w3.org/2000/09/xmldsig#", "Reference");
        if (reference == null || !("#" + SmevMessages.SIGNED_BY_PROVIDER).equals(reference.getAttribute("URI"))) {
            return "Подпись поставщика не покрывает ответ";
        }
        try {
            SmevSignatureVerifier.verify(signature);
            return null;
        } catch (SmevSignatureException e) {
            return "Подпись поставщика не прошла проверку: " + e.getMessage();
        }
    }

    /** Requests past their due date time out; their rounds may then be done. Returns how many. */
    int timeOut() {
        List<Long> applications = transaction.execute(tx -> {
            Instant now = clock.instant();
            List<Long> timedOut = store.timeOut(now, 100);
            history.note(timedOut.stream().map(application -> new ApplicationHistory.Line(application, HISTORY_ACTION,
                    Map.<String, Object>of("label", "Межведомственный запрос: истёк срок ответа",
                            "state", RequestState.TIMED_OUT.name()), now)).toList());
            return timedOut;
        });
        if (applications != null && !applications.isEmpty()) concludeDone(applications);
        return applications == null ? 0 : applications.size();
    }

    /**
     * Concludes the rounds that are done (of these applications, or any when null) through the system
     * action each names; when the application has moved on without it (skipped), the round just ends.
     */
    int concludeDone(List<Long> applications) {
        List<RequestStore.DoneRound> done = store.doneRounds(
                applications == null ? null : new ArrayList<>(new LinkedHashSet<>(applications)), 100);
        for (RequestStore.DoneRound round : done) {
            try {
                ApplicationQueries.SystemTurn turn = queries.systemTurn(round.applicationId(), round.action());
                if (!turn.appliesNow()) {
                    // The application moved on without the answers (the registrar skipped waiting): the
                    // round has nothing left to move, its late answers are kept all the same.
                    store.conclude(round.applicationId(), round.round(), "superseded", clock.instant());
                    continue;
                }
                actions.perform(new ActionCommand(round.applicationId(), round.action(),
                        json.createObjectNode().put("version", turn.version()), Actor.systemIn(turn.organisationId())));
            } catch (ConflictException | IllegalStateException e) {
                // Another node or thread concluded it a moment before (the status has moved on), or a colleague
                // acted on the application: the next sweep sees the round concluded, or tries again.
                log.debug("Round {} of application {} not concluded now: {}", round.round(), round.applicationId(),
                        e.getMessage());
            } catch (NotFoundException e) {
                store.conclude(round.applicationId(), round.round(), "gone", clock.instant());
            }
        }
        return done.size();
    }

    private void note(long applicationId, KindCatalog.Kind kind, RequestState state, UUID messageId, String problem,
            Instant at) {
        history.note(List.of(line(applicationId, kind, state, messageId, problem, at)));
    }

    private static ApplicationHistory.Line line(long applicationId, KindCatalog.Kind kind, RequestState state,
            UUID messageId, String problem, Instant at) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("label", "Межведомственный запрос «" + kind.kind().name() + "»: " + state.title());
        details.put("kind", kind.kind().code());
        details.put("state", state.name());
        details.put("messageId", messageId.toString());
        if (problem != null) details.put("problem", problem);
        return new ApplicationHistory.Line(applicationId, HISTORY_ACTION, details, at);
    }
}
