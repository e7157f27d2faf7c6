package ru.reglament.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.reglament.access.Actor;
import ru.reglament.applications.ApplicantCard;
import ru.reglament.applications.ApplicationQueries;
import ru.reglament.interagency.SmevChannel;
import ru.reglament.portal.DeliveryState;
import ru.reglament.shared.NotFoundException;
import ru.reglament.staff.Membership;
import ru.reglament.staff.Role;

/**
 * The feed's background work, each step safe on any number of nodes at once: sending a batch of due
 * updates (each the next of its application) and taking the portal's answers. An update is sent with
 * its MessageID on every attempt, so that one SMEV took before its answer was lost is not delivered twice.
 */
@Component
class FeedExchange {

    private static final Logger log = LoggerFactory.getLogger(FeedExchange.class);

    /** The feed reads an application as its applicant does: the portal number, the signed result. */
    static final Actor READER = new Actor(0, "portal-feed", "Лента статусов ЕПГУ",
            List.of(new Membership(null, Role.PORTAL)));

    private final FeedStore store;
    private final SmevChannel smev;
    private final ApplicationQueries queries;
    private final PortalProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FeedExchange(FeedStore store, SmevChannel smev, ApplicationQueries queries, PortalProperties properties,
            TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.smev = smev;
        this.queries = queries;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Claims a batch, sends it and records what came of it. Returns how many were claimed. */
    int sendBatch() {
        List<FeedStore.Outgoing> batch = claim();
        if (!batch.isEmpty()) record(deliver(batch));
        return batch.size();
    }

    /** Leases a batch to this sender, committed at once. */
    List<FeedStore.Outgoing> claim() {
        Instant now = clock.instant();
        List<FeedStore.Outgoing> claimed = transaction.execute(tx -> store.claim(properties.batch(), now,
                now.plus(properties.lease()), now.minus(properties.confirmation())));
        return claimed == null ? List.of() : claimed;
    }

    /** The exchanges of a batch, outside any transaction; what to write about each is kept for {@link #record}. */
    List<Runnable> deliver(List<FeedStore.Outgoing> batch) {
        Instant now = clock.instant();
        List<Runnable> writes = new ArrayList<>(batch.size());
        for (FeedStore.Outgoing update : batch) writes.add(send(update, now));
        return writes;
    }

    void record(List<Runnable> writes) {
        transaction.executeWithoutResult(tx -> writes.forEach(Runnable::run));
    }

    private Runnable send(FeedStore.Outgoing update, Instant now) {
        SmevChannel.Outgoing message;
        try {
            message = message(update);
        } catch (NotFoundException | IllegalStateException e) {
            return () -> store.failed(update.id(), "Сообщение не сформировано: " + e.getMessage(), now);
        }
        SmevChannel.Sent sent = smev.send(message);
        return switch (sent.outcome()) {
            case ACCEPTED -> () -> store.sent(update.id(), now);
            case RETRY -> () -> retry(update, sent.problem(), now);
            case REFUSED -> () -> {
                store.failed(update.id(), sent.problem(), now);
                log.warn("Portal status update {} of application {} refused by SMEV: {}", update.messageId(),
                        update.applicationId(), sent.problem());
            };
        };
    }

    /** The ElkOrderRequest of an update; on a final status with the signed decision, its signature in the header. */
    private SmevChannel.Outgoing message(FeedStore.Outgoing update) {
        ApplicantCard card = queries.applicantCard(update.applicationId(), READER);
        List<SmevChannel.Attachment> attachments = new ArrayList<>();
        List<ElkMessages.AttachmentRef> refs = new ArrayList<>();
        if (update.withResult()) {
            if (card.decision() == null) throw new IllegalStateException("the result is not signed");
            String contentId = "result-" + update.messageId();
            attachments.add(new SmevChannel.Attachment(contentId, "application/pdf",
                    queries.decisionDocument(update.applicationId(), READER),
                    queries.decisionSignature(update.applicationId(), READER)));
            refs.add(new ElkMessages.AttachmentRef(contentId, ElkMessages.RESULT));
        }
        String body = ElkMessages.update(properties.env(), new ElkMessages.StatusUpdate(card.portalNumber(),
                update.elkStatus(), update.occurredAt(), update.comment(), refs));
        return new SmevChannel.Outgoing(update.messageId(), update.organisationId(), body, attachments);
    }

    private void retry(FeedStore.Outgoing update, String problem, Instant now) {
        Duration wait = properties.retry().multipliedBy(1L << Math.min(update.attempts() - 1, 16));
        if (wait.compareTo(properties.maxRetry()) > 0) wait = properties.maxRetry();
        store.retryLater(update.id(), now.plus(wait), problem);
        log.warn("Portal status update {} of application {} not sent, retry in {}: {}", update.messageId(),
                update.applicationId(), wait, problem);
    }

    /** Takes the portal's answers to the updates; each stored, then acknowledged. Answers as {@link SmevChannel#pollStep} does. */
    int poll(int limit) {
        return smev.pollStep(ElkMessages.NAMESPACE, ElkMessages.REQUEST, limit, this::answered);
    }

    private boolean answered(SmevChannel.Answer answer) {
        if (answer.statusOnly()) return true;
        DeliveryState state;
        String problem;
        if (answer.signatureProblem() != null) {
            state = DeliveryState.REJECTED;
            problem = answer.signatureProblem();
        } else if (answer.rejection() != null) {
            state = DeliveryState.REJECTED;
            problem = answer.rejection();
        } else {
            ElkMessages.Response response;
            try {
                response = ElkMessages.readResponse(answer.businessXml());
            } catch (IllegalArgumentException e) {
                response = new ElkMessages.Response(-1, "Ответ ЕПГУ не прочитан: " + e.getMessage());
            }
            state = response.accepted() ? DeliveryState.DELIVERED : DeliveryState.REJECTED;
            problem = response.accepted() ? null : response.code() + ": " + response.message();
        }
        Boolean ours = transaction.execute(tx -> store.answered(answer.originalMessageId(), state, problem, clock.instant()));
        if (!Boolean.TRUE.equals(ours)) {
            // Not ours (another system polls the same type): acknowledging it would lose it for them.
            log.warn("Portal answer to unknown update {}, not acknowledged", answer.originalMessageId());
        }
        return Boolean.TRUE.equals(ours);
    }
}
