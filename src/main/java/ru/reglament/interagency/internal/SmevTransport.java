package ru.reglament.interagency.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/**
 * Posts SOAP 1.1 envelopes to the SMEV 3 node and reads the answer. Anything that is not a SOAP
 * answer (no connection, a timeout, a proxy's error page) is a {@link TransportException}: worth
 * trying again. Without a configured endpoint it talks to this node's own simulator.
 */
@Component
class SmevTransport {

    /** The message did not get through, or nothing readable came back; try again later. */
    static final class TransportException extends Exception {
        TransportException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static final String SIMULATOR_PATH = "/smev-simulator/ws";

    private final InteragencyProperties properties;
    private final Environment environment;
    private final HttpClient http;

    SmevTransport(InteragencyProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    Document exchange(Document envelope, String soapAction) throws TransportException {
        return exchange(Xml.text(envelope), soapAction);
    }

    Document exchange(String envelope, String soapAction) throws TransportException {
        HttpRequest request = HttpRequest.newBuilder(endpoint())
                .timeout(properties.timeout())
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"urn:" + soapAction + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new TransportException("SMEV unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("Interrupted", e);
        }
        // SOAP 1.1 answers faults with 500: the body decides, unless there is no envelope in it.
        // A proxy's error page may be well-formed XML (XHTML): only a SOAP envelope is SMEV's answer.
        try {
            Document answer = Xml.parse(response.body());
            SmevMessages.payload(answer);
            return answer;
        } catch (IllegalArgumentException e) {
            throw new TransportException("SMEV answered HTTP " + response.statusCode() + " without a SOAP envelope", e);
        }
    }

    URI endpoint() {
        String configured = properties.endpoint();
        if (configured != null && !configured.isBlank()) return URI.create(configured);
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String context = environment.getProperty("server.servlet.context-path", "");
        return URI.create("http://localhost:" + port + context + SIMULATOR_PATH);
    }
}
