package ru.reglament.portal.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import ru.reglament.applications.OpenCard;
import ru.reglament.portal.DeliveryState;
import ru.reglament.portal.PortalFeed;
import ru.reglament.portal.StatusDelivery;

@Service
class JdbcPortalFeed implements PortalFeed {

    private final FeedStore store;
    private final ElkStatuses codes;
    private final ObjectProvider<SimulatedPortal> simulator;

    JdbcPortalFeed(FeedStore store, ElkStatuses codes, ObjectProvider<SimulatedPortal> simulator) {
        this.store = store;
        this.codes = codes;
        this.simulator = simulator;
    }

    @Override
    public Feed of(OpenCard opened) {
        List<StatusDelivery> deliveries = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (FeedStore.Row row : store.of(opened.card().id())) {
            if (FeedStore.HELD.equals(row.state())) {
                waiting.add(row.comment());
            } else {
                deliveries.add(new StatusDelivery(row.id(), row.elkStatus(), codes.title(row.elkStatus()), row.status(),
                        row.comment(), row.withResult(), row.occurredAt(), DeliveryState.valueOf(row.state()),
                        row.attempts(), row.sentAt(), row.answeredAt(), row.problem()));
            }
        }
        SimulatedPortal portal = simulator.getIfAvailable();
        String code = portal == null ? null : portal.accessCode(opened.card().portalNumber()).orElse(null);
        return new Feed(List.copyOf(deliveries), List.copyOf(waiting), code);
    }
}
