package ru.reglament.portal.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.reglament.access.Actor;
import ru.reglament.applications.ApplicationQueries;
import ru.reglament.portal.DeliveryState;
import ru.reglament.portal.PortalFeed;
import ru.reglament.portal.StatusDelivery;

@Service
class JdbcPortalFeed implements PortalFeed {

    private final FeedStore store;
    private final ElkStatuses codes;
    private final ApplicationQueries queries;
    private final ObjectProvider<SimulatedPortal> simulator;

    JdbcPortalFeed(FeedStore store, ElkStatuses codes, ApplicationQueries queries, ObjectProvider<SimulatedPortal> simulator) {
        this.store = store;
        this.codes = codes;
        this.queries = queries;
        this.simulator = simulator;
    }

    @Override
    public Optional<String> demoCabinetCode(String portalNumber) {
        SimulatedPortal portal = simulator.getIfAvailable();
        return portal == null ? Optional.empty() : portal.accessCode(portalNumber);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StatusDelivery> of(long applicationId, Actor actor) {
        queries.version(applicationId, actor);
        return store.of(applicationId).stream().filter(row -> !FeedStore.HELD.equals(row.state()))
                .map(row -> new StatusDelivery(row.id(), row.elkStatus(), codes.title(row.elkStatus()), row.status(),
                        row.comment(), row.withResult(), row.occurredAt(), DeliveryState.valueOf(row.state()),
                        row.attempts(), row.sentAt(), row.answeredAt(), row.problem()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> waitingComments(long applicationId, Actor actor) {
        queries.version(applicationId, actor);
        return store.of(applicationId).stream().filter(row -> FeedStore.HELD.equals(row.state()))
                .map(FeedStore.Row::comment).toList();
    }
}
