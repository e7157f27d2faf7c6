package ru.reglament.access;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.reglament.support.TestPki;
import ru.reglament.support.TestTime;

/**
 * The platform with people logging in through identity providers only (local passwords off, the
 * portal keeps its own): a real OpenID Connect server (mock-oauth2-server, started once for the JVM,
 * before the platform that discovers it) and the built-in ЕСИА simulator; roles are read again every
 * second; invitations are mailed to a real SMTP server (GreenMail, in the JVM too). The identity tests
 * share this one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reglament.embedded-database.data-directory=target/test-postgres-identity",
        "reglament.access.roles-refresh=PT1S",
        "reglament.access.password-login=false",
        "reglament.access.esia.enabled=true",
        "reglament.access.esia.demo-key=true",
        "reglament.access.esia.simulator.enabled=true",
        "spring.security.oauth2.client.registration.oidc.client-id=reglament",
        "spring.security.oauth2.client.registration.oidc.client-secret=secret",
        "spring.security.oauth2.client.registration.oidc.scope=openid,profile"})
@ActiveProfiles("test")
@Import(TestTime.class)
abstract class IdentityTestBase {

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    /** On a port of its own, fixed for the JVM: a test may stop it and start it again where the platform expects it. */
    static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        TestPki.init();
        PROVIDER.start();
        SMTP.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.oidc.issuer-uri",
                () -> PROVIDER.issuerUrl("reglament").toString());
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("reglament.access.invitations.poll", () -> "PT0.2S");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;
}
