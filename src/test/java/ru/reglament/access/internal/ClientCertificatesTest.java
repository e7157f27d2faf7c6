package ru.reglament.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.reglament.access.internal.ClientCertificates.Problem;
import ru.reglament.support.ClientPki;
import ru.reglament.support.ClientPki.Issued;
import ru.reglament.support.ClientPki.KeyType;

/**
 * What a client certificate must be to log in, checked without the platform around it: CAs of both key
 * kinds (ECDSA for mutual TLS, GOST for certificates a proxy passes on), one through an intermediate the
 * client sends along, and revocation lists read again when a file changes.
 */
class ClientCertificatesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final String SNILS = ClientPki.snils(112233445);
    private static final ClientPki EC = ClientPki.authority(KeyType.EC, "УЦ клиентских сертификатов (EC)");
    private static final ClientPki GOST = ClientPki.authority(KeyType.GOST, "УЦ клиентских сертификатов (ГОСТ)");
    private static final ClientPki GOST_ISSUING = GOST.intermediate("Выпускающий УЦ (ГОСТ)");

    @TempDir
    Path folder;

    private Path issuers;
    private Path crls;

    @BeforeEach
    void writeTheCas() throws Exception {
        issuers = Files.createDirectories(folder.resolve("issuers"));
        crls = Files.createDirectories(folder.resolve("crls"));
        Files.writeString(issuers.resolve("ec.pem"), ClientPki.pem(EC.certificate()));
        Files.write(issuers.resolve("gost.der"), GOST.certificate().getEncoded());
    }

    @Test
    void aCertificateOfAConfiguredCaWithinItsDatesLetsItsHolderIn() throws Exception {
        ClientCertificates certificates = certificates(false);
        Issued ec = EC.valid("Петрова Анна Сергеевна", SNILS);
        assertThat(certificates.check(ec.chain())).isEqualTo(ec.certificate());
        assertThat(ClientCertificates.snils(ec.certificate()).value()).isEqualTo(SNILS);
        assertThat(ClientCertificates.personName(ec.certificate())).isEqualTo("Петрова Анна Сергеевна");

        // Issued by an intermediate the client sends along; only the root is configured.
        Issued gost = GOST_ISSUING.valid("Иванов Дмитрий Алексеевич", SNILS);
        assertThat(gost.chain()).hasSize(3);
        assertThat(certificates.check(gost.chain())).isEqualTo(gost.certificate());
        // Without the intermediate nothing connects it to the root.
        assertThat(problem(certificates, List.of(gost.certificate()))).isEqualTo(Problem.UNTRUSTED);
    }

    @Test
    void expiredNotYetValidForeignAndSigningOnlyCertificatesAreRefusedSayingWhy() throws Exception {
        ClientCertificates certificates = certificates(false);
        Issued expired = EC.expired("Петрова Анна Сергеевна", SNILS);
        ClientCertificates.Refused refused = refusal(certificates, expired.chain());
        assertThat(refused.problem()).isEqualTo(Problem.EXPIRED);
        assertThat(refused.getMessage()).startsWith("Срок действия сертификата истёк " + DateTimeFormatter
                .ofPattern("dd.MM.yyyy").withZone(MOSCOW).format(expired.certificate().getNotAfter().toInstant()));

        Issued early = EC.issue("Петрова Анна Сергеевна", SNILS, Instant.now().plus(Duration.ofDays(2)),
                Instant.now().plus(Duration.ofDays(300)));
        assertThat(refusal(certificates, early.chain()).getMessage()).contains("ещё не действует");

        Issued selfMade = ClientPki.selfMade(KeyType.EC, "Петрова Анна Сергеевна", SNILS);
        assertThat(refusal(certificates, selfMade.chain()).getMessage()).contains("не доверяет");
        Issued otherCa = ClientPki.authority(KeyType.GOST, "УЦ клиентских сертификатов (ГОСТ)")
                .valid("Петрова Анна Сергеевна", SNILS);
        assertThat(problem(certificates, otherCa.chain())).as("a CA of the same name, another key")
                .isEqualTo(Problem.UNTRUSTED);

        assertThat(problem(certificates, EC.signingOnly("Петрова Анна Сергеевна", SNILS).chain()))
                .isEqualTo(Problem.NOT_FOR_LOGIN);
        assertThat(problem(certificates, List.of())).isEqualTo(Problem.NONE);
    }

    @Test
    void aRevokedCertificateIsRefusedOnceTheNewListArrivesWithoutARestart() throws Exception {
        Issued kept = EC.valid("Петрова Анна Сергеевна", SNILS);
        Issued lost = EC.valid("Петрова Анна Сергеевна", SNILS);
        Files.write(crls.resolve("ec.crl"), EC.crl(Duration.ofDays(7)));
        Files.writeString(crls.resolve("gost.pem"), ClientPki.crlPem(GOST.crl(Duration.ofDays(7))));
        Files.write(crls.resolve("gost-issuing.crl"), GOST_ISSUING.crl(Duration.ofDays(7)));
        ClientCertificates certificates = certificates(true);
        assertThat(certificates.check(lost.chain())).isEqualTo(lost.certificate());

        Files.write(crls.resolve("ec.crl"), EC.crl(Duration.ofDays(7), lost.certificate()));
        ClientCertificates.Refused refused = refusal(certificates, lost.chain());
        assertThat(refused.problem()).isEqualTo(Problem.REVOKED);
        assertThat(refused.getMessage()).startsWith("Сертификат отозван");
        assertThat(certificates.check(kept.chain())).isEqualTo(kept.certificate());
        // Each certificate of the path is checked against its CA's list: the intermediate's against the root's.
        Issued gost = GOST_ISSUING.valid("Иванов Дмитрий Алексеевич", SNILS);
        assertThat(certificates.check(gost.chain())).isEqualTo(gost.certificate());
        Files.writeString(crls.resolve("gost.pem"),
                ClientPki.crlPem(GOST.crl(Duration.ofDays(7), GOST_ISSUING.certificate())));
        assertThat(problem(certificates, gost.chain())).isEqualTo(Problem.REVOKED);
    }

    @Test
    void withoutACurrentListOfItsCaACertificateIsRefusedAsOfUnknownStatus() throws Exception {
        Files.write(crls.resolve("ec.crl"), EC.crl(Duration.ofMinutes(30)));
        ClientCertificates certificates = certificates(true);
        Issued ec = EC.valid("Петрова Анна Сергеевна", SNILS);
        ClientCertificates.Refused refused = refusal(certificates, ec.chain());
        assertThat(refused.problem()).as("the list was due half an hour ago").isEqualTo(Problem.REVOCATION_UNKNOWN);
        assertThat(refused.getMessage()).contains("не отозван ли сертификат");
        // The GOST CA has no list at all.
        assertThat(problem(certificates, GOST.valid("Иванов Дмитрий Алексеевич", SNILS).chain()))
                .isEqualTo(Problem.REVOCATION_UNKNOWN);
        // A broken file later keeps the lists read before (and is logged); a new good one is read.
        Files.writeString(crls.resolve("ec.crl"), "not a list");
        assertThat(problem(certificates, ec.chain())).isEqualTo(Problem.REVOCATION_UNKNOWN);
        Files.write(crls.resolve("ec.crl"), EC.crl(Duration.ofDays(7)));
        assertThat(certificates.check(ec.chain())).isEqualTo(ec.certificate());
    }

    @Test
    void aProxyHeaderIsReadAsNginxEscapesItOrAsBareBase64() throws Exception {
        Issued gost = GOST.valid("Иванов Дмитрий Алексеевич", SNILS);
        assertThat(ClientCertificates.fromHeader(gost.escapedPem())).containsExactly(gost.certificate());
        assertThat(ClientCertificates.fromHeader(Base64.getEncoder().encodeToString(gost.certificate().getEncoded())))
                .containsExactly(gost.certificate());
        assertThat(catchThrowableOfType(ClientCertificates.Refused.class, () -> ClientCertificates.fromHeader("%zz"))
                .problem()).isEqualTo(Problem.UNREADABLE);
        assertThat(catchThrowableOfType(ClientCertificates.Refused.class,
                () -> ClientCertificates.fromHeader("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"))
                .problem()).isEqualTo(Problem.UNREADABLE);
    }

    @Test
    void aSnilsWithAWrongCheckNumberIsNoSnils() {
        assertThat(ClientCertificates.snils(EC.valid("Петрова Анна Сергеевна", "11223344500").certificate())).isNull();
        assertThat(ClientCertificates.snils(EC.valid("Петрова Анна Сергеевна", null).certificate())).isNull();
    }

    @Test
    void aMisconfiguredIssuerOrListStopsTheStartUp() throws Exception {
        Files.writeString(issuers.resolve("broken.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n"
                + "-----END CERTIFICATE-----");
        assertThat(catchThrowableOfType(IllegalStateException.class, () -> certificates(false)))
                .hasMessageContaining("broken.pem");
        Files.delete(issuers.resolve("broken.pem"));
        Files.writeString(crls.resolve("ec.crl"), "not a list");
        assertThat(catchThrowableOfType(IllegalStateException.class, () -> certificates(true)))
                .hasMessageContaining("ec.crl");
    }

    private ClientCertificates certificates(boolean withCrls) {
        return new ClientCertificates(new CertificateProperties(true, List.of(issuers),
                withCrls ? List.of(crls) : List.of(), null, List.of()), Clock.systemUTC(), MOSCOW);
    }

    private static ClientCertificates.Refused refusal(ClientCertificates certificates, List<X509Certificate> chain) {
        ClientCertificates.Refused refused = catchThrowableOfType(ClientCertificates.Refused.class,
                () -> certificates.check(chain));
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    private static Problem problem(ClientCertificates certificates, List<X509Certificate> chain) {
        return refusal(certificates, chain).problem();
    }
}
