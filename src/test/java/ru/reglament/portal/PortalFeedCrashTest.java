package ru.reglament.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import ru.reglament.ReglamentApplication;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;

/**
 * kill -9 of a node between the commit of a change and the delivery of its status update loses
 * nothing and delivers nothing twice: the first node, a process of its own, takes the application,
 * claims its update and hangs in the exchange with a SMEV that never answers; it is killed with
 * SIGKILL; a second node takes the update over once the dead sender's lease has run out and the
 * portal shows it once.
 */
class PortalFeedCrashTest {

    @Test
    void aNodeKilledWhileDeliveringAnUpdateLosesNothing() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of("target", "crash-postgres")).setCleanDataDirectory(true).start();
                BlackHole smev = new BlackHole()) {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Path log = Path.of("target", "crash-node.log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ReglamentApplication.class.getName(),
                    "--server.port=" + port,
                    "--reglament.portal.lease=PT3S",
                    "--reglament.interagency.endpoint=http://localhost:" + smev.port() + "/ws",
                    "--reglament.interagency.timeout=PT2M"));
            command.addAll(common(database));
            Process first = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            String number = Fixtures.uniquePortalNumber();
            long id;
            try {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> !first.isAlive() || healthy(port));
                assertThat(first.isAlive()).as("the first node started; its log: " + log).isTrue();
                id = Api.as(port, "portal").post("/api/v1/applications", Fixtures.intake(number, Fixtures.CONSTRUCTION_PERMIT,
                        Fixtures.ORG_A, Fixtures.uniqueSurname("Аварийный"))).expect(201).json().get("id").asLong();
                // The intake committed. The sender has claimed the updates of the demo's applications (received at
                // the start) and waits on SMEV with them; this one waits its turn.
                await().atMost(Duration.ofSeconds(30)).until(() -> count(database,
                        "select count(*) from portal_status_update where leased_until is not null and state = ?", "QUEUED") > 0);
            } finally {
                first.destroyForcibly();
                first.waitFor();
            }
            assertThat(update(database, id)).as("the update outlives the node").startsWith("QUEUED");
            int updates = count(database, "select count(*) from portal_status_update where state = ?", "QUEUED");
            assertThat(updates).as("the demo's six and this one").isEqualTo(7);

            List<String> args = new ArrayList<>(List.of("--server.port=0",
                    "--reglament.portal.simulator.enabled=true",
                    "--reglament.interagency.simulator.enabled=true",
                    "--reglament.portal.poll=PT0.1S"));
            args.addAll(common(database));
            try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ReglamentApplication.class)
                    .run(args.toArray(String[]::new))) {
                await().atMost(Duration.ofSeconds(60)).until(() -> count(database,
                        "select count(*) from portal_status_update where state = ?", "DELIVERED") == updates);
                assertThat(count(database, "select count(*) from portal_simulator_status where order_number = ?", number))
                        .as("the portal shows it once").isEqualTo(1);
                assertThat(count(database, "select count(distinct order_number) from portal_simulator_status where elk_status = ?", 2))
                        .as("every order once, those the dead node was sending among them").isEqualTo(updates);
                assertThat(count(database, "select count(*) from portal_simulator_status where elk_status = ?", 2))
                        .isEqualTo(updates);
                assertThat(((WebServerApplicationContext) second).getWebServer().getPort()).isPositive();
            }
        }
    }

    private static List<String> common(EmbeddedPostgres database) {
        return List.of(
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--reglament.demo.enabled=true",
                "--reglament.demo.password=" + Api.DEMO_PASSWORD,
                "--reglament.interagency.demo-keys=true",
                "--reglament.files.directory=target/crash-files",
                "--logging.level.root=warn");
    }

    private static boolean healthy(int port) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The update's state, and "leased" while a sender holds it. */
    private static String update(EmbeddedPostgres database, long applicationId) throws Exception {
        try (Connection db = database.getPostgresDatabase().getConnection();
                PreparedStatement query = db.prepareStatement("""
                        select state || case when leased_until is not null then ' leased' else '' end
                        from portal_status_update where application_id = ?""")) {
            query.setLong(1, applicationId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : "none";
            }
        }
    }

    private static int count(EmbeddedPostgres database, String sql, Object parameter) throws Exception {
        try (Connection db = database.getPostgresDatabase().getConnection();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** A SMEV node that takes connections and never answers. */
    private static final class BlackHole implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0);
        private final List<Socket> held = new ArrayList<>();

        BlackHole() throws IOException {
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        synchronized (held) {
                            held.add(socket);
                        }
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "black-hole-smev");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
            synchronized (held) {
                for (Socket socket : held) socket.close();
            }
        }
    }
}
