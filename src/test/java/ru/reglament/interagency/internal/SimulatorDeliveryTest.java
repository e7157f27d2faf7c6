package ru.reglament.interagency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.reglament.support.TestClock;

/**
 * The simulator hands answers out as SMEV does, over GetResponse and Ack on HTTP: each answer to one
 * poller at a time, an answer not acknowledged again after a while, an acknowledged one never again.
 * No background workers here (the same context as {@link SenderRecoveryTest}): the test polls itself.
 */
@SmevWithoutWorkers
class SimulatorDeliveryTest {

    @LocalServerPort
    int port;

    @Autowired
    SmevExchange exchange;

    @Autowired
    SmevClient client;

    @Autowired
    KindCatalog catalog;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnswerNotAcknowledgedComesAgainAndAnAcknowledgedOneNever() {
        KindCatalog.Kind kind = sentAndDue(registered());
        String namespace = kind.kind().namespace();
        String root = kind.kind().rootElement();

        UUID first = take(namespace, root, false);
        assertThat(first).as("an answer is due").isNotNull();
        assertThat(take(namespace, root, false)).as("handed out and not acknowledged: held a while").isNotEqualTo(first);

        clock.advance(Duration.ofSeconds(11));
        assertThat(take(namespace, root, true)).as("not acknowledged in time: handed out again, and acknowledged now")
                .isEqualTo(first);
        clock.advance(Duration.ofSeconds(11));
        List<UUID> later = new ArrayList<>();
        for (UUID next; (next = take(namespace, root, true)) != null; ) later.add(next);
        assertThat(later).doesNotContain(first);
    }

    @Test
    void pollersAskingAtOnceGetDifferentAnswers() throws Exception {
        KindCatalog.Kind kind = sentAndDue(registered(), registered(), registered(), registered());
        String namespace = kind.kind().namespace();
        String root = kind.kind().rootElement();
        int pollers = 4;
        List<UUID> taken = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(pollers);
        ExecutorService threads = Executors.newFixedThreadPool(pollers);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int p = 0; p < pollers; p++) {
                runs.add(threads.submit(() -> {
                    ready.countDown();
                    ready.await();
                    // Taken and not acknowledged: each answer stays held by the poller that got it.
                    return client.poll(namespace, root, 3, answer -> taken.add(answer.originalMessageId()) && false);
                }));
            }
            for (Future<Integer> run : runs) run.get();
        } finally {
            threads.shutdownNow();
        }
        assertThat(taken).as("four applications' answers of one kind at least").hasSizeGreaterThanOrEqualTo(4)
                .doesNotHaveDuplicates();
    }

    /** Sends every queued request and lets the simulated answers fall due; the kind of the first application's first request. */
    private KindCatalog.Kind sentAndDue(long... applications) {
        while (exchange.sendBatch() > 0) { }
        clock.advance(Duration.ofSeconds(5));
        String code = jdbc.sql("select kind_code from interagency_request where application_id = ? order by id limit 1")
                .param(applications[0]).query(String.class).single();
        return catalog.kind(code);
    }

    /** One GetResponse: the answer's original MessageID, acknowledged or not; null when none is due. */
    private UUID take(String namespace, String root, boolean acknowledge) {
        List<UUID> got = new ArrayList<>();
        client.poll(namespace, root, 1, answer -> got.add(answer.originalMessageId()) && acknowledge);
        return got.isEmpty() ? null : got.get(0);
    }

    private long registered() {
        return HousingApplications.registered(port, "Ответов");
    }
}
