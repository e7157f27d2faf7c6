package ru.reglament.interagency.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import ru.reglament.shared.WorkerLoops;

/**
 * The node's background SMEV work: {@code senders} threads sending queued requests, {@code pollers}
 * threads per message type taking answers (SMEV hands each answer to one of them), and one housekeeper
 * timing out overdue requests and concluding rounds every {@code sweep} (a safety net behind the
 * conclusions the answers trigger at once). Each loops while it finds work and sleeps {@code poll}
 * when it finds none. Nodes share nothing but the database.
 * {@code reglament.interagency.workers=false} keeps a node from doing any of it (a web-only node).
 */
@Component
@ConditionalOnExpression("${reglament.interagency.enabled:true} and ${reglament.interagency.workers:true}")
class SmevWorkers extends WorkerLoops {

    private final SmevExchange exchange;
    private final KindCatalog catalog;
    private final InteragencyProperties properties;
    private final Clock clock;
    private Instant nextSweep = Instant.MIN;

    SmevWorkers(SmevExchange exchange, KindCatalog catalog, InteragencyProperties properties, Clock clock) {
        this.exchange = exchange;
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected List<Loop> loops() {
        List<Loop> loops = new ArrayList<>();
        for (int i = 0; i < properties.senders(); i++) loops.add(new Loop("smev-sender", exchange::sendBatch));
        catalog.kinds().stream().map(k -> k.kind().namespace() + "\n" + k.kind().rootElement()).distinct().forEach(type -> {
            String[] parts = type.split("\n");
            for (int i = 0; i < properties.pollers(); i++) {
                loops.add(new Loop("smev-poller " + parts[1], () -> exchange.poll(parts[0], parts[1], 100)));
            }
        });
        loops.add(new Loop("smev-housekeeper", this::sweepWhenDue));
        return loops;
    }

    @Override
    protected Duration idle() {
        return properties.poll();
    }

    @Override
    protected Duration grace() {
        return properties.timeout().plusSeconds(5);
    }

    /**
     * A sweep once every {@code sweep} by the platform's clock, and at once again while one finds work;
     * at once, too, when the clock has been set back (else it would wait out the difference).
     */
    private int sweepWhenDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextSweep) && !now.isBefore(nextSweep.minus(properties.sweep()))) return 0;
        int done = exchange.timeOut() + exchange.concludeDone(null);
        if (done == 0) nextSweep = now.plus(properties.sweep());
        return done;
    }
}
