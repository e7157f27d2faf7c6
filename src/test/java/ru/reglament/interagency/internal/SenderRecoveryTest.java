package ru.reglament.interagency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.reglament.support.TestClock;

/**
 * The outbox holds through a crash and through competing senders: a batch sent but never recorded is
 * sent again, once its lease runs out, with the same MessageIDs, and SMEV stores each message once; the stalled sender
 * writing its batch down late writes nothing twice; two senders at once send each
 * request exactly once. No background workers here: the test plays the senders itself.
 */
@SmevWithoutWorkers
class SenderRecoveryTest {

    @LocalServerPort
    int port;

    @Autowired
    SmevExchange exchange;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBatchSentButNotRecordedIsSentAgainAndStoredOnce() {
        long id = registered();
        int queued = count("select count(*) from interagency_request where application_id = ? and state = 'QUEUED'", id);
        assertThat(queued).isEqualTo(3);

        // The node stalls after SMEV took the batch and before it wrote down what it sent.
        SmevExchange.Delivered stalled = exchange.deliver(exchange.claim());
        assertThat(count("select count(*) from interagency_request where application_id = ? and state = 'QUEUED'", id))
                .isEqualTo(3);
        assertThat(simulated(id)).isEqualTo(3);
        assertThat(exchange.sendBatch()).as("leased to the dead sender").isZero();

        // Its lease runs out; another sender sends the same MessageIDs, which SMEV already has.
        clock.advance(Duration.ofMinutes(4));
        while (exchange.sendBatch() > 0) { }
        assertThat(count("select count(*) from interagency_request where application_id = ? and state = 'SENT'", id))
                .isEqualTo(3);
        assertThat(simulated(id)).isEqualTo(3);
        assertThat(count("""
                select coalesce(sum(s.repeats), 0) from interagency_simulator_message s
                join interagency_request r on r.message_id = s.message_id where r.application_id = ?""", id)).isEqualTo(3);

        // The stalled sender comes back and writes down its batch late: nothing is written twice.
        exchange.record(stalled);
        assertThat(count("""
                select count(*) from applications_history where application_id = ? and action = 'interagency'
                    and details->>'state' = 'SENT'""", id)).as("one line of history per request sent").isEqualTo(3);
        assertThat(count("select max(attempts) from interagency_request where application_id = ?", id)).isEqualTo(1);
    }

    @Test
    void twoSendersAtOnceSendEachRequestExactlyOnce() throws Exception {
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < 10; i++) applications.add(registered());
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                runs.add(senders.submit(() -> {
                    int sent = 0;
                    for (int claimed; (claimed = exchange.sendBatch()) > 0; ) sent += claimed;
                    return sent;
                }));
            }
            int total = runs.get(0).get() + runs.get(1).get();
            Long[] ids = applications.toArray(Long[]::new);
            int requests = jdbc.sql("select count(*) from interagency_request where application_id = any(?)").param(ids)
                    .query(Integer.class).single();
            assertThat(requests).isEqualTo(30);
            assertThat(total).as("claimed by both senders together").isEqualTo(30);
            assertThat(jdbc.sql("""
                    select count(*) from interagency_request where application_id = any(?) and state = 'SENT' and attempts = 1""")
                    .param(ids).query(Integer.class).single()).isEqualTo(30);
            assertThat(jdbc.sql("""
                    select count(*), coalesce(sum(s.repeats), 0) from interagency_simulator_message s
                    join interagency_request r on r.message_id = s.message_id where r.application_id = any(?)""")
                    .param(ids).query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2))).single()).containsExactly(30, 0);
        } finally {
            senders.shutdownNow();
        }
    }

    private long registered() {
        return HousingApplications.registered(port, "Отправок");
    }

    private int simulated(long application) {
        return count("""
                select count(*) from interagency_simulator_message s
                join interagency_request r on r.message_id = s.message_id where r.application_id = ?""", application);
    }

    private int count(String sql, long application) {
        return jdbc.sql(sql).param(application).query(Integer.class).single();
    }
}
