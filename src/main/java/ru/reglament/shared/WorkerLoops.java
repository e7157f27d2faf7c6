package ru.reglament.shared;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's background loops (senders, pollers, a housekeeper), one daemon thread each: a loop runs its
 * step again at once while the step finds work (answers more than zero) and sleeps {@code idle} when it
 * finds none. A step that throws is logged and tried again after the sleep. Stopped together.
 */
public final class WorkerLoops {

    private static final Logger log = LoggerFactory.getLogger(WorkerLoops.class);

    /** One loop: its thread's name and the step it repeats, which answers how much work it did. */
    public record Loop(String name, IntSupplier step) {
    }

    private final ExecutorService threads;
    private volatile boolean running = true;

    private WorkerLoops(List<Loop> loops, Duration idle) {
        threads = Executors.newFixedThreadPool(Math.max(1, loops.size()), runnable -> {
            Thread thread = new Thread(runnable);
            thread.setDaemon(true);
            return thread;
        });
        loops.forEach(loop -> threads.submit(() -> run(loop, idle)));
    }

    public static WorkerLoops start(List<Loop> loops, Duration idle) {
        return new WorkerLoops(loops, idle);
    }

    private void run(Loop loop, Duration idle) {
        Thread.currentThread().setName(loop.name());
        while (running) {
            int done;
            try {
                done = loop.step().getAsInt();
            } catch (RuntimeException e) {
                log.error("{} failed; trying again", loop.name(), e);
                done = 0;
            }
            if (done == 0) {
                try {
                    Thread.sleep(idle.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Interrupts the loops and waits up to {@code grace} for the steps under way to end. */
    public void stop(Duration grace) {
        running = false;
        threads.shutdownNow();
        try {
            threads.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
