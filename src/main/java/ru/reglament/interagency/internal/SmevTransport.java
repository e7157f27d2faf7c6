package ru.reglament.interagency.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/**
 * Posts SOAP 1.1 envelopes to the SMEV 3 node and reads the answer. Anything that is not a SOAP
 * answer (no connection, a timeout, a proxy's error page) is a {@link TransportException}: worth
 * trying again. Without a configured endpoint it talks to this node's own simulator. Exchanges block
 * their thread (a sender's or a poller's) over a pool of kept-alive connections; nothing is retried
 * here, the outbox decides that.
 */
@Component
class SmevTransport implements DisposableBean {

    /** The message did not get through, or nothing readable came back; try again later. */
    static final class TransportException extends Exception {
        TransportException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final InteragencyProperties properties;
    private final ObjectProvider<SimulatorEndpoint> simulator;
    private final CloseableHttpClient http;
    private volatile URI endpoint;

    SmevTransport(InteragencyProperties properties, ObjectProvider<SimulatorEndpoint> simulator) {
        this.properties = properties;
        this.simulator = simulator;
        Timeout timeout = Timeout.of(properties.timeout());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        // Every sender and poller of the node at once, each on a connection of its own.
                        .setMaxConnTotal(256).setMaxConnPerRoute(256)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout)
                                // A connection idle this long is checked before use: the node may have closed it.
                                .setValidateAfterInactivity(TimeValue.ofSeconds(2)).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
    }

    /** What came back over HTTP. */
    private record Received(int status, byte[] body) {
    }

    /** SMEV's answer: parsed, and as it came (kept as the evidence of what SMEV handed over). */
    record Answer(Document document, String text) {
    }

    Answer exchange(Document envelope, String soapAction) throws TransportException {
        return exchange(Xml.text(envelope), soapAction);
    }

    Answer exchange(String envelope, String soapAction) throws TransportException {
        HttpPost post = new HttpPost(endpoint());
        post.setHeader("SOAPAction", "\"urn:" + soapAction + "\"");
        post.setEntity(new ByteArrayEntity(envelope.getBytes(StandardCharsets.UTF_8),
                ContentType.create("text/xml", StandardCharsets.UTF_8)));
        Received response;
        try {
            response = http.execute(post, answer -> new Received(answer.getCode(),
                    answer.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(answer.getEntity())));
        } catch (IOException e) {
            throw new TransportException("SMEV unreachable: " + e.getMessage(), e);
        }
        // SOAP 1.1 answers faults with 500: the body decides, unless there is no envelope in it.
        // A proxy's error page may be well-formed XML (XHTML): only a SOAP envelope is SMEV's answer.
        try {
            Document answer = Xml.parse(response.body());
            SmevMessages.payload(answer);
            // SMEV writes UTF-8; an answer in another encoding is kept as written again from its parse.
            boolean utf8 = "UTF-8".equalsIgnoreCase(answer.getInputEncoding());
            return new Answer(answer, utf8 ? new String(response.body(), StandardCharsets.UTF_8) : Xml.text(answer));
        } catch (IllegalArgumentException e) {
            throw new TransportException("SMEV answered HTTP " + response.status() + " without a SOAP envelope", e);
        }
    }

    /** The configured node, or else this node's simulator. */
    URI endpoint() throws TransportException {
        URI known = endpoint;
        if (known != null) return known;
        String configured = properties.endpoint();
        if (configured != null && !configured.isBlank()) {
            known = URI.create(configured);
        } else {
            SimulatorEndpoint own = simulator.getIfAvailable();
            if (own == null) {
                throw new TransportException("No SMEV endpoint: set reglament.interagency.endpoint or turn the simulator on", null);
            }
            known = own.uri();
        }
        endpoint = known;
        return known;
    }

    @Override
    public void destroy() throws IOException {
        http.close();
    }
}
