package ru.reglament.applications.internal;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.reglament.applications.ApplicationReceived;
import ru.reglament.shared.UnavailableException;

/**
 * Writes received applications with group commit: applications that arrive while a write is in
 * flight go together into the next one, one statement and one commit for all of them. A request is
 * answered only after its own row is committed, so nothing is acknowledged that could be lost; under
 * light load a batch is a single application and nothing waits. Batching is what lets intake keep up
 * with the portal's peaks: the per-statement and per-commit costs of the database are paid once per batch.
 * Each application received is published as {@link ApplicationReceived} in the batch's transaction.
 */
@Component
public class IntakeWriter {

    private static final Logger log = LoggerFactory.getLogger(IntakeWriter.class);

    private final ApplicationStore store;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final int maxBatch;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean stopping;

    IntakeWriter(ApplicationStore store, TransactionTemplate transaction, ApplicationEventPublisher events,
            @Value("${reglament.intake.writers:2}") int writerCount, @Value("${reglament.intake.max-batch:100}") int maxBatch) {
        this.store = store;
        this.transaction = transaction;
        this.events = events;
        this.maxBatch = maxBatch;
        for (int i = 0; i < writerCount; i++) {
            Thread writer = new Thread(this::writeUntilStopped, "intake-writer-" + (i + 1));
            writer.setDaemon(true);
            writers.add(writer);
            writer.start();
        }
    }

    /**
     * Inserts the application with its first history line unless its portal number is already
     * known; waits for the commit. Empty when the number is known (the caller then compares bodies).
     */
    public Optional<ApplicationRow> insertIfAbsent(ApplicationStore.Insert insert) {
        if (stopping) throw new UnavailableException("Приём заявлений останавливается; повторите запрос позже");
        Pending pending = new Pending(insert);
        queue.add(pending);
        try {
            return pending.result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("Приём заявления прерван; повторите запрос");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Finishes what was accepted before the database closes (it is closed after this bean). */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        for (Thread writer : writers) writer.join(TimeUnit.SECONDS.toMillis(30));
        List<Pending> late = new ArrayList<>();
        queue.drainTo(late);
        late.forEach(p -> p.result.completeExceptionally(
                new UnavailableException("Приём заявлений остановлен; повторите запрос позже")));
    }

    private void writeUntilStopped() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (true) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (stopping) return;
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error unexpected) {
                log.error("Intake writer failed on a batch of {}", batch.size(), unexpected);
                batch.forEach(p -> p.result.completeExceptionally(unexpected));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        // A portal number twice in one batch: the first goes to the database, the rest are repeats of it.
        Map<String, Pending> firsts = new LinkedHashMap<>();
        List<Pending> repeats = new ArrayList<>();
        for (Pending p : batch) {
            if (firsts.putIfAbsent(p.insert.application().portalNumber(), p) != null) repeats.add(p);
        }
        try {
            Map<String, ApplicationRow> inserted = insert(firsts.values().stream().map(p -> p.insert).toList())
                    .stream().collect(Collectors.toMap(ApplicationRow::portalNumber, Function.identity()));
            firsts.forEach((number, p) -> p.result.complete(Optional.ofNullable(inserted.get(number))));
        } catch (RuntimeException batchFailed) {
            if (firsts.size() == 1) {
                firsts.values().forEach(p -> p.result.completeExceptionally(batchFailed));
            } else {
                // One bad row must not fail the others: each gets its own statement and its own answer.
                firsts.values().forEach(this::writeAlone);
            }
        }
        for (Pending repeat : repeats) {
            firsts.get(repeat.insert.application().portalNumber()).result.whenComplete((row, failure) -> {
                if (failure != null) repeat.result.completeExceptionally(failure);
                else repeat.result.complete(Optional.empty());
            });
        }
    }

    private void writeAlone(Pending p) {
        try {
            p.result.complete(insert(List.of(p.insert)).stream().findFirst());
        } catch (RuntimeException e) {
            p.result.completeExceptionally(e);
        }
    }

    private List<ApplicationRow> insert(List<ApplicationStore.Insert> inserts) {
        return transaction.execute(status -> {
            List<ApplicationRow> rows = store.insertAllIfAbsent(inserts);
            for (ApplicationRow row : rows) {
                events.publishEvent(new ApplicationReceived(row.id(), row.portalNumber(), row.organisationId(),
                        row.serviceId(), row.processCode(), row.status(), row.receivedAt()));
            }
            return rows;
        });
    }

    private static final class Pending {
        final ApplicationStore.Insert insert;
        final CompletableFuture<Optional<ApplicationRow>> result = new CompletableFuture<>();

        Pending(ApplicationStore.Insert insert) {
            this.insert = insert;
        }
    }
}
