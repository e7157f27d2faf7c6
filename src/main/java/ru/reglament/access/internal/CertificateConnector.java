package ru.reglament.access.internal;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's part in certificate logins. Over mutual TLS it takes any client certificate
 * ({@link AnyClientCertificate}) for the login to check. Behind a TLS proxy it keeps the connection's own
 * peer address on each request ({@link #PEER}): Tomcat's RemoteIpValve replaces the remote address with
 * the one the proxy forwards, and the certificate header may count only on a connection from the proxy.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "reglament.access.certificates.enabled", havingValue = "true")
class CertificateConnector {

    /** The request attribute holding the address of the connection's peer (a proxy, or the client itself). */
    static final String PEER = CertificateConnector.class.getName() + ".peer";

    private static final Logger log = LoggerFactory.getLogger(CertificateConnector.class);

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> clientCertificatesInTomcat(
            CertificateProperties properties) {
        return factory -> {
            // Run after Spring Boot has applied server.ssl to the connector.
            factory.addConnectorCustomizers(connector -> {
                for (SSLHostConfig ssl : connector.findSslHostConfigs()) {
                    if (ssl.getCertificateVerification() == SSLHostConfig.CertificateVerification.NONE) continue;
                    ssl.setTrustManagerClassName(AnyClientCertificate.class.getName());
                    log.info("TLS asks for client certificates ({}) and takes any: the certificate login checks them",
                            ssl.getCertificateVerification());
                }
            });
            if (properties.header() != null) factory.addContextValves(new PeerAddress());
        };
    }

    /** After the engine's RemoteIpValve (a context valve), which leaves the peer only to Tomcat's own request. */
    static final class PeerAddress extends ValveBase {

        PeerAddress() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            request.setAttribute(PEER, request.getPeerAddr());
            getNext().invoke(request, response);
        }
    }
}
