package ru.reglament.portal.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import ru.reglament.shared.WorkerLoops;

/**
 * The node's feed work: a sender delivering due updates and a poller taking the portal's answers.
 * Nodes share nothing but the database. {@code reglament.portal.workers=false} keeps a node out of it.
 */
@Component
@ConditionalOnExpression("${reglament.portal.enabled:true} and ${reglament.portal.workers:true}")
class FeedWorkers implements SmartLifecycle {

    private final FeedExchange exchange;
    private final PortalProperties properties;
    private volatile WorkerLoops loops;

    FeedWorkers(FeedExchange exchange, PortalProperties properties) {
        this.exchange = exchange;
        this.properties = properties;
    }

    @Override
    public void start() {
        loops = WorkerLoops.start(List.of(new WorkerLoops.Loop("portal-feed-sender", exchange::sendBatch),
                new WorkerLoops.Loop("portal-feed-poller", () -> exchange.poll(100))), properties.poll());
    }

    @Override
    public void stop() {
        WorkerLoops running = loops;
        loops = null;
        if (running != null) running.stop(Duration.ofSeconds(35));
    }

    @Override
    public boolean isRunning() {
        return loops != null;
    }

    /** Started after the web server (the simulator answers there), stopped before it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
