package ru.reglament.shared;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A module's background loops on this node (senders, pollers, a housekeeper), one daemon thread each,
 * started with the application after the web server (simulators answer there) and stopped before it: a
 * loop runs its step again at once while the step finds work (answers more than zero) and sleeps
 * {@link #idle()} when it finds none. A step that throws is logged and tried again after the sleep.
 * A module names its loops; nodes share nothing but the database.
 */
public abstract class WorkerLoops implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WorkerLoops.class);

    /** One loop: its thread's name and the step it repeats, which answers how much work it did. */
    public record Loop(String name, IntSupplier step) {
    }

    private volatile ExecutorService threads;
    // Per start, not interrupts alone: a step's library may swallow the interrupt.
    private volatile AtomicBoolean on = new AtomicBoolean();

    /** The loops to run; none: the node has nothing of this to do. */
    protected abstract List<Loop> loops();

    /** How long a loop sleeps when its step found nothing. */
    protected abstract Duration idle();

    /** How long stopping waits for the steps under way to end. */
    protected abstract Duration grace();

    @Override
    public void start() {
        List<Loop> loops = loops();
        ExecutorService started = Executors.newFixedThreadPool(Math.max(1, loops.size()), runnable -> {
            Thread thread = new Thread(runnable);
            thread.setDaemon(true);
            return thread;
        });
        Duration idle = idle();
        AtomicBoolean startedOn = new AtomicBoolean(true);
        on = startedOn;
        loops.forEach(loop -> started.submit(() -> run(loop, idle, startedOn)));
        threads = started;
    }

    private static void run(Loop loop, Duration idle, AtomicBoolean on) {
        Thread.currentThread().setName(loop.name());
        while (on.get()) {
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

    /** Interrupts the loops and waits up to {@link #grace()} for the steps under way to end. */
    @Override
    public void stop() {
        ExecutorService running = threads;
        threads = null;
        on.set(false);
        if (running == null) return;
        running.shutdownNow();
        try {
            running.awaitTermination(grace().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return threads != null;
    }

    /** Started after the web server, stopped before it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
