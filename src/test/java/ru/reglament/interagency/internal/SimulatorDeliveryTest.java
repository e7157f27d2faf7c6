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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import ru.reglament.support.TestClock;
import ru.reglament.support.TestTime;
import tools.jackson.databind.JsonNode;

/**
 * The simulator hands answers out as SMEV does, over GetResponse and Ack on HTTP: each answer to one
 * poller at a time, an answer not acknowledged again after a while, an acknowledged one never again.
 * No background workers here (the same context as {@link SenderRecoveryTest}): the test polls itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reglament.interagency.enabled=true",
        "reglament.interagency.simulator.enabled=true",
        "reglament.interagency.workers=false",
        "reglament.interagency.batch=5",
        "reglament.embedded-database.data-directory=target/test-postgres-interagency-senders"})
@ActiveProfiles("test")
@Import(TestTime.class)
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

    /** An application of the housing service (three kinds for a private person, two required), registered. */
    private long registered() {
        JsonNode card = Api.as(port, "portal").post("/api/v1/applications", Fixtures.intake(Fixtures.uniquePortalNumber(),
                "4700000010000000003", "1024701543217", Fixtures.uniqueSurname("Ответов"))).expect(201).json();
        Fixtures f = new Fixtures(port);
        card = f.act("registrar", Api.as(port, "registrar").card(card.get("id").asLong()), "assign-self");
        card = f.act("registrar", card, "start-registration");
        return f.act("registrar", card, "register").get("id").asLong();
    }
}
