package ru.reglament.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.reglament.audit.AuditTrail;
import ru.reglament.directory.Directory;
import ru.reglament.staff.Staff;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import ru.reglament.support.ScenarioBase;
import ru.reglament.support.WorkstationSession;

/**
 * Organisation B's administrator sets the addresses its employees may work from: a bad entry is
 * refused naming it; then B's employees are refused from any other address (the API with its rule, the
 * workstation with a page), a forwarded address counts from the trusted proxy, A's employees are not
 * concerned, and B's administrator sees the refusals.
 */
class WorkstationAddressesTest extends ScenarioBase {

    @Autowired
    WorkstationAddresses addresses;

    @Autowired
    Directory directory;

    @Autowired
    Staff staff;

    @Autowired
    AuditTrail audit;

    @Test
    void anAllowListRefusesOtherAddressesAndItsAdministratorSeesTheRefusals() throws Exception {
        int kirovsk = directory.organisationByOgrn(Fixtures.ORG_B).orElseThrow().id();
        Actor admin = actor("org-admin-b");
        try {
            WorkstationSession page = WorkstationSession.logIn(port, "org-admin-b");
            String organisation = page.get("/organisation");
            assertThat(post(page, organisation, kirovsk, "10.0.0.0/8\n10.0.0.300")).contains("«10.0.0.300» — не IP-адрес");
            assertThat(addresses.of(kirovsk)).isEmpty();

            WorkstationSession registrar = WorkstationSession.logIn(port, "registrar-b");
            assertThat(registrar.status("/applications")).isEqualTo(200);
            post(page, organisation, kirovsk, "10.0.0.0/8\n192.168.7.15");
            assertThat(addresses.of(kirovsk)).containsExactly("10.0.0.0/8", "192.168.7.15");
            AuditTrail.Entry change = audit.recent("workstation-addresses", Integer.toString(kirovsk), 1).get(0);
            assertThat(change.actorName()).isEqualTo(staff.byLogin("org-admin-b").orElseThrow().fullName());
            assertThat(change.before()).isEqualTo("[]");
            assertThat(change.after()).contains("10.0.0.0/8", "192.168.7.15");

            // The tests' requests come from 127.0.0.1: no longer a workstation of B.
            HttpResponse<String> refused = apiAs("registrar-b", null);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("\"rule\":\"address.not-allowed\"", "127.0.0.1");
            assertThat(registrar.status("/applications")).isEqualTo(403);
            // Through the trusted proxy (loopback) from an allowed address.
            assertThat(apiAs("registrar-b", "10.20.30.40").statusCode()).isEqualTo(200);
            assertThat(apiAs("registrar-b", "172.16.0.9").statusCode()).isEqualTo(403);
            // Organisation A set nothing.
            assertThat(apiAs("registrar", null).statusCode()).isEqualTo(200);

            assertThat(addresses.refusals(kirovsk, 10)).extracting(WorkstationAddresses.Refusal::login)
                    .contains("registrar-b");
            assertThat(addresses.refusals(kirovsk, 10)).extracting(WorkstationAddresses.Refusal::address)
                    .contains("127.0.0.1", "172.16.0.9");
        } finally {
            addresses.set(kirovsk, List.of(), admin);
        }
        assertThat(apiAs("registrar-b", null).statusCode()).isEqualTo(200);
    }

    private String post(WorkstationSession page, String organisation, int organisationId, String list) throws Exception {
        HttpResponse<String> posted = page.http().send(HttpRequest.newBuilder(URI.create(page.base() + "/organisation/"
                        + organisationId + "/addresses"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("addresses=" + URLEncoder.encode(list, StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(page.csrf(organisation), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        // The page the form leads back to, where its message waits.
        HttpResponse<String> next = page.http().send(HttpRequest.newBuilder(URI.create(page.base())
                .resolve(posted.headers().firstValue("Location").orElseThrow())).GET().build(), HttpResponse.BodyHandlers.ofString());
        return next.body();
    }

    /** The caller's profile over the API, from this host or forwarded by it (the trusted proxy) for {@code forwardedFor}. */
    private HttpResponse<String> apiAs(String login, String forwardedFor) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/staff/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (login + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (forwardedFor != null) request.header("X-Forwarded-For", forwardedFor);
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private Actor actor(String login) {
        var employee = staff.byLogin(login).orElseThrow();
        return new Actor(employee.id(), employee.login(), employee.fullName(), employee.memberships());
    }
}
