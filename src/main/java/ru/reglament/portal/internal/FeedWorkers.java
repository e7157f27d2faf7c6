package ru.reglament.portal.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import ru.reglament.shared.WorkerLoops;

/**
 * The node's feed work: a sender delivering due updates and a poller taking the portal's answers.
 * Nodes share nothing but the database. {@code reglament.portal.workers=false} keeps a node out of it.
 */
@Component
@ConditionalOnExpression("${reglament.portal.enabled:true} and ${reglament.portal.workers:true}")
class FeedWorkers extends WorkerLoops {

    private final FeedExchange exchange;
    private final PortalProperties properties;

    FeedWorkers(FeedExchange exchange, PortalProperties properties) {
        this.exchange = exchange;
        this.properties = properties;
    }

    @Override
    protected List<Loop> loops() {
        return List.of(new Loop("portal-feed-sender", exchange::sendBatch),
                new Loop("portal-feed-poller", () -> exchange.poll(100)));
    }

    @Override
    protected Duration idle() {
        return properties.poll();
    }

    @Override
    protected Duration grace() {
        return Duration.ofSeconds(35);
    }
}
