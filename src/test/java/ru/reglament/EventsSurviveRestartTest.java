package ru.reglament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import ru.reglament.applications.ApplicationActed;
import ru.reglament.support.Api;
import ru.reglament.support.EventProbe;
import ru.reglament.support.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * An event a listener failed to handle is not lost: it stays in the event publication registry on
 * PostgreSQL, is handed to the listener again after a restart of the platform, and is retried with
 * back-off while the platform runs.
 */
class EventsSurviveRestartTest {

    @BeforeEach
    void clearProbe() {
        EventProbe.RECEIVED.clear();
    }

    @Test
    void aListenerThatFailedGetsTheEventAfterARestart() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of("target", "restart-postgres")).setCleanDataDirectory(true).start()) {
            long id;
            try (ConfigurableApplicationContext first = start(database, "fail")) {
                Fixtures f = new Fixtures(port(first));
                JsonNode card = f.act("registrar", f.submit(), "assign-self");
                id = card.get("id").asLong();
                await().atMost(Duration.ofSeconds(20)).until(() -> incompleteFor(database) > 0);
                assertThat(EventProbe.RECEIVED).isEmpty();
            }
            try (ConfigurableApplicationContext second = start(database, "record")) {
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(EventProbe.RECEIVED)
                        .filteredOn(e -> e.applicationId() == id).extracting(ApplicationActed::action)
                        .containsExactly("assign-self"));
                await().atMost(Duration.ofSeconds(20)).until(() -> incompleteFor(database) == 0);
            }
        }
    }

    @Test
    void aFailedListenerIsRetriedWhileThePlatformRuns() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of("target", "retry-postgres")).setCleanDataDirectory(true).start();
                ConfigurableApplicationContext platform = start(database, "fail-once",
                        "--reglament.events.retry.first-delay=PT1S", "--reglament.events.retry.check-interval=PT1S")) {
            Fixtures f = new Fixtures(port(platform));
            long id = f.act("registrar", f.submit(), "assign-self").get("id").asLong();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(EventProbe.RECEIVED)
                    .filteredOn(e -> e.applicationId() == id).extracting(ApplicationActed::action)
                    .containsExactly("assign-self"));
            await().atMost(Duration.ofSeconds(20)).until(() -> incompleteFor(database) == 0);
        }
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres database, String probe, String... more) {
        String[] args = {
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--server.port=0",
                "--reglament.demo.enabled=true",
                "--reglament.demo.password=" + Api.DEMO_PASSWORD,
                "--reglament.files.directory=target/restart-files",
                "--reglament.test.event-probe=" + probe,
                "--logging.level.root=warn"};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return new SpringApplicationBuilder(ReglamentApplication.class).run(all);
    }

    private static int port(ConfigurableApplicationContext platform) {
        return ((WebServerApplicationContext) platform).getWebServer().getPort();
    }

    /** Publications not yet completed for the probe (completed ones are deleted). */
    private static int incompleteFor(EmbeddedPostgres database) throws Exception {
        try (Connection db = database.getPostgresDatabase().getConnection();
                ResultSet rs = db.createStatement().executeQuery(
                        "select count(*) from event_publication where listener_id like '%EventProbe%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
