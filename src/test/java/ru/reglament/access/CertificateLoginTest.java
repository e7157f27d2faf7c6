package ru.reglament.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import ru.reglament.shared.Snils;
import ru.reglament.staff.Staff;
import ru.reglament.support.ClientPki;
import ru.reglament.support.ClientPki.Issued;
import ru.reglament.support.ClientPki.KeyType;

/**
 * Logging in with a client certificate, over HTTPS as a browser goes: mutual TLS with ECDSA certificates
 * (JSSE speaks no GOST TLS), and a GOST certificate passed on in the header by the TLS proxy in front
 * (127.0.0.1 here). Clients that come straight to the platform connect over ::1, which is no proxy, so a
 * header they send is ignored. Employees are found by the СНИЛС in the certificate. A context of its own
 * (its own database, Tomcat with TLS), closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reglament.embedded-database.data-directory=target/test-postgres-certificates",
        "server.ssl.key-store=file:" + CertificateLoginTest.FOLDER + "/server.p12",
        "server.ssl.key-store-type=PKCS12",
        "server.ssl.key-store-password=" + CertificateLoginTest.PASSWORD,
        "server.ssl.client-auth=want",
        "reglament.access.certificates.enabled=true",
        "reglament.access.certificates.issuers=" + CertificateLoginTest.FOLDER + "/issuers",
        "reglament.access.certificates.crls=" + CertificateLoginTest.FOLDER + "/crls",
        "reglament.access.certificates.header=X-SSL-Client-Cert",
        "reglament.access.certificates.trusted-proxies=127.0.0.1"})
@ActiveProfiles("test")
@DirtiesContext
class CertificateLoginTest {

    static final String FOLDER = "target/test-client-certificates";
    static final String PASSWORD = "changeit";
    /** The TLS proxy's address; any other is a client of its own. */
    private static final String PROXY = "127.0.0.1";
    private static final String DIRECT = "[::1]";
    private static final String HEADER = "X-SSL-Client-Cert";

    private static final String REGISTRAR = ClientPki.snils(100200301);
    private static final String SPECIALIST = ClientPki.snils(100200302);
    private static final String OFFICIAL = ClientPki.snils(100200303);
    private static final String DEACTIVATED = ClientPki.snils(100200304);
    private static final String NO_ROLE = ClientPki.snils(100200305);
    private static final String NOBODY = ClientPki.snils(100200306);

    private static final ClientPki EC = ClientPki.authority(KeyType.EC, "УЦ клиентских сертификатов");
    private static final ClientPki GOST = ClientPki.authority(KeyType.GOST, "УЦ клиентских сертификатов ГОСТ");
    private static final Issued REVOKED = EC.valid("Петрова Анна Сергеевна", ClientPki.snils(100200307));
    private static final X509Certificate SERVER;

    static {
        try {
            Path folder = Path.of(FOLDER);
            Files.createDirectories(folder.resolve("issuers"));
            Files.createDirectories(folder.resolve("crls"));
            Files.writeString(folder.resolve("issuers/ec.pem"), ClientPki.pem(EC.certificate()));
            Files.writeString(folder.resolve("issuers/gost.pem"), ClientPki.pem(GOST.certificate()));
            Files.write(folder.resolve("crls/ec.crl"), EC.crl(Duration.ofDays(7), REVOKED.certificate()));
            Files.writeString(folder.resolve("crls/gost.pem"), ClientPki.crlPem(GOST.crl(Duration.ofDays(7))));
            SERVER = ClientPki.serverKeyStore(folder.resolve("server.p12"), PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Staff staff;

    @BeforeEach
    void employeesHaveTheirSnils() {
        // Typed as ЕСИА writes it; the certificate carries the bare digits.
        snils("registrar", Snils.of(REGISTRAR).formatted());
        snils("specialist", SPECIALIST);
        snils("official", OFFICIAL);
        snils("observer", DEACTIVATED);
        staff.setActive(staff.byLogin("observer").orElseThrow().id(), false);
        long noRole = staff.save("no-role", "Сидоров Олег Петрович", null, null, List.of());
        staff.setSnils(noRole, Snils.of(NO_ROLE));
    }

    @Test
    void anEmployeeLogsInWithHerCertificateUnderANewSession() throws Exception {
        Browser browser = new Browser(DIRECT, EC.valid("Петрова Анна Сергеевна", REGISTRAR));
        HttpResponse<String> page = browser.get("/login");
        assertThat(page.body()).contains("id=\"login-certificate\"", "Войти по сертификату");
        String before = browser.session();
        assertThat(before).isNotNull();

        HttpResponse<String> home = browser.get("/login/certificate");
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).contains("Петрова Анна Сергеевна");
        assertThat(browser.session()).as("a new session id").isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/applications").statusCode()).isEqualTo(200);
    }

    @Test
    void expiredRevokedForeignAndMissingCertificatesAreRefusedWithAPageSayingWhy() throws Exception {
        assertRefused(EC.expired("Петрова Анна Сергеевна", ClientPki.snils(100200308)),
                "Срок действия сертификата истёк");
        assertRefused(REVOKED, "Сертификат отозван удостоверяющим центром");
        // Anyone may make a certificate with the registrar's СНИЛС in it; no configured CA vouches for this one.
        assertRefused(ClientPki.selfMade(KeyType.EC, "Петрова Анна Сергеевна", REGISTRAR), "Reglament не доверяет");
        assertRefused(EC.signingOnly("Петрова Анна Сергеевна", ClientPki.snils(100200309)),
                "не предназначен для входа");
        assertRefused(null, "Сертификат не предъявлен");
        assertRefused(EC.valid("Морозова Татьяна Игоревна", DEACTIVATED), "отключена в Reglament");
    }

    @Test
    void anUnknownPersonAndAnEmployeeWithoutARoleHearTheSame() throws Exception {
        String unknown = assertRefused(EC.valid("Сидоров Олег Петрович", NOBODY), "роли в Reglament у вас нет");
        String noRole = assertRefused(EC.valid("Сидоров Олег Петрович", NO_ROLE), "роли в Reglament у вас нет");
        assertThat(noRole).isEqualTo(unknown);
        assertThat(assertRefused(EC.valid("Сидоров Олег Петрович", null), "роли в Reglament у вас нет"))
                .as("no СНИЛС in the certificate").isEqualTo(unknown);
    }

    @Test
    void aGostCertificateCountsFromTheProxysHeaderOnly() throws Exception {
        Issued specialist = GOST.valid("Иванов Дмитрий Алексеевич", SPECIALIST);
        Browser proxied = new Browser(PROXY, null);
        HttpResponse<String> home = proxied.get("/login/certificate", HEADER, specialist.escapedPem());
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).contains("Иванов Дмитрий Алексеевич");

        assertThat(refusal(new Browser(PROXY, null).get("/login/certificate", HEADER,
                GOST.expired("Иванов Дмитрий Алексеевич", SPECIALIST).escapedPem()))).contains("истёк");

        // The same header straight from a client: ignored, as if none were sent.
        Browser direct = new Browser(DIRECT, null);
        HttpResponse<String> refused = direct.get("/login/certificate", HEADER, specialist.escapedPem());
        assertThat(refusal(refused)).contains("Сертификат не предъявлен");
        assertThat(direct.get("/").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void repeatedRefusalsHoldBackEvenTheValidCertificateOfThatPerson() throws Exception {
        // The test profile lets 3 failures of a login pass, then makes the next attempt wait 2 s.
        for (int attempt = 0; attempt < 4; attempt++) {
            assertRefused(EC.expired("Соколов Андрей Николаевич", OFFICIAL), "истёк");
        }
        assertRefused(EC.valid("Соколов Андрей Николаевич", OFFICIAL), "Слишком много неудачных попыток входа");
        // Another person from the same address is not held back.
        HttpResponse<String> other = new Browser(DIRECT, EC.valid("Петрова Анна Сергеевна", REGISTRAR))
                .get("/login/certificate");
        assertThat(other.uri().getPath()).isEqualTo("/");
    }

    /** The certificate's holder is sent back to the login page with the message; returns it. */
    private String assertRefused(Issued certificate, String message) throws Exception {
        Browser browser = new Browser(DIRECT, certificate);
        HttpResponse<String> page = browser.get("/login/certificate");
        String refusal = refusal(page);
        assertThat(refusal).contains(message);
        assertThat(browser.get("/").uri().getPath()).as("not logged in").isEqualTo("/login");
        return refusal;
    }

    private static String refusal(HttpResponse<String> page) {
        assertThat(page.uri().getPath()).isEqualTo("/login");
        Matcher refusal = Pattern.compile("id=\"login-refused\"[^>]*>([^<]+)<").matcher(page.body());
        assertThat(refusal.find()).as("the login page says why").isTrue();
        return refusal.group(1);
    }

    private void snils(String login, String snils) {
        staff.setSnils(staff.byLogin(login).orElseThrow().id(), Snils.of(snils));
    }

    /** A browser at {@code host} with its cookies, presenting {@code certificate} (or none) when the server asks. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http;
        private final String base;

        Browser(String host, Issued certificate) {
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                    .sslContext(ClientPki.tls(certificate, SERVER)).connectTimeout(Duration.ofSeconds(5)).build();
            this.base = "https://" + host + ":" + port;
        }

        HttpResponse<String> get(String path, String... headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30));
            if (headers.length > 0) request.headers(headers);
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        String session() {
            return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("SESSION"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }
    }
}
