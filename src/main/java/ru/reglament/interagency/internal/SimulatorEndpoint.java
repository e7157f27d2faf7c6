package ru.reglament.interagency.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The simulator's own HTTP server, apart from the platform's web server as a SMEV node is apart from
 * the systems it serves: nothing of the workstation's (sessions, logins, workstation addresses, MVC)
 * stands between two machines exchanging signed SOAP, whose only trust is the signatures. It listens
 * on the loopback interface at {@code reglament.interagency.simulator.port} (any free port by
 * default), and the adapter finds it there unless an endpoint is configured.
 */
@Component
@ConditionalOnProperty(name = "reglament.interagency.simulator.enabled", havingValue = "true")
class SimulatorEndpoint implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SimulatorEndpoint.class);

    static final String PATH = "/smev-simulator/ws";

    private final SmevSimulator simulator;
    private final InteragencyProperties properties;
    private HttpServer server;
    private ExecutorService threads;

    SimulatorEndpoint(SmevSimulator simulator, InteragencyProperties properties) {
        this.simulator = simulator;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        // The JDK's server writes an answer's headers and body apart: without TCP_NODELAY, Nagle's algorithm
        // holds the body until the consumer's delayed ACK, some 40 ms per exchange. Read once per JVM.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), properties.simulator().port()), 64);
        server.createContext(PATH, this::handle);
        threads = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "smev-simulator");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.start();
        log.info("SMEV 3 simulator listening at {}", uri());
    }

    /** Where the simulator's message exchange service is. */
    URI uri() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + PATH);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            SmevSimulator.Reply reply = simulator.exchange(body);
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType() + "; charset=utf-8");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (RuntimeException e) {
            // The exchange is closed without an answer: the consumer sees a broken connection, as from a failing node.
            log.error("SMEV simulator failed on a message", e);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        server.stop(0);
        threads.shutdown();
        threads.awaitTermination(5, TimeUnit.SECONDS);
    }
}
