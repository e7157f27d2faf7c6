package ru.reglament.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.reglament.audit.AuditTrail;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.support.Fixtures;
import ru.reglament.support.ScenarioBase;
import ru.reglament.support.WorkstationSession;

/**
 * The organisation's administrator sees its card and its people with their roles, and edits the card's
 * contact details; nobody else opens the page or changes the card.
 */
class OrganisationPageTest extends ScenarioBase {

    @Autowired
    Directory directory;

    @Autowired
    AuditTrail audit;

    @Test
    void theOrganisationAdministratorSeesTheCardAndTheEmployeesWithTheirRoles() throws Exception {
        WorkstationSession admin = WorkstationSession.logIn(port, "org-admin");
        // The home page is no longer blank: the organisation's people, a link to them.
        assertThat(admin.get("/")).contains("href=\"/organisation\"", "id=\"widget-organisation\"", "Сотрудники");
        String page = admin.get("/organisation");
        assertThat(page).contains("Администрация муниципального образования «Тосненский район» Ленинградской области",
                "1024701543217", "ТОС-{yyyy}-{seq:6}", "Петрова Анна Сергеевна", "Регистратор",
                "Соколов Андрей Николаевич", "Должностное лицо с подписью")
                .doesNotContain("Лебедева Наталья Андреевна");

        WorkstationSession adminB = WorkstationSession.logIn(port, "org-admin-b");
        assertThat(adminB.get("/organisation")).contains("Лебедева Наталья Андреевна").doesNotContain("Петрова Анна Сергеевна");

        WorkstationSession registrar = WorkstationSession.logIn(port, "registrar");
        assertThat(registrar.get("/")).doesNotContain("href=\"/organisation\"");
        assertThat(registrar.status("/organisation")).isEqualTo(403);
    }

    @Test
    void thePlatformAdministratorSeesAnyOrganisationsStaff() throws Exception {
        int kirovsk = directory.organisationByOgrn(Fixtures.ORG_B).orElseThrow().id();
        WorkstationSession platform = WorkstationSession.logIn(port, "platform-admin");
        String own = platform.get("/organisation");
        assertThat(own).contains("id=\"organisation-choice\"", "Петрова Анна Сергеевна").doesNotContain("Лебедева Наталья Андреевна");
        assertThat(platform.get("/organisation?organisation=" + kirovsk)).contains("Лебедева Наталья Андреевна",
                "1024700765430").doesNotContain("Петрова Анна Сергеевна");
        // An organisation's own administrator stays in their organisation whatever the address asks.
        WorkstationSession admin = WorkstationSession.logIn(port, "org-admin");
        assertThat(admin.get("/organisation?organisation=" + kirovsk)).doesNotContain("Лебедева Наталья Андреевна")
                .doesNotContain("organisation-choice");
    }

    @Test
    void theOrganisationAdministratorEditsTheCardAndABadEmailIsRefused() throws Exception {
        int kirovsk = directory.organisationByOgrn(Fixtures.ORG_B).orElseThrow().id();
        Organisation before = directory.organisation(kirovsk).orElseThrow();
        WorkstationSession admin = WorkstationSession.logIn(port, "org-admin-b");
        try {
            String refused = post(admin, kirovsk, before, "+7 (81362) 2-11-99", "не-почта");
            assertThat(refused).contains("Адрес электронной почты вида name@example.ru");
            assertThat(directory.organisation(kirovsk).orElseThrow().phone()).isEqualTo(before.phone());

            assertThat(post(admin, kirovsk, before, "+7 (81362) 2-11-99", "priem@kirovsk.example.ru"))
                    .contains("Карточка организации сохранена", "+7 (81362) 2-11-99");
            assertThat(directory.organisation(kirovsk).orElseThrow().email()).isEqualTo("priem@kirovsk.example.ru");
            assertThat(audit.recent("organisation", Fixtures.ORG_B, 1).get(0).before()).contains(before.phone());
            // Another organisation's card is not B's administrator's to change.
            int tosno = directory.organisationByOgrn(Fixtures.ORG_A).orElseThrow().id();
            assertThat(admin.http().send(HttpRequest.newBuilder(URI.create(admin.base() + "/organisation/" + tosno + "/card"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("phone=1&_csrf=" + URLEncoder.encode(
                            admin.csrf(admin.get("/organisation")), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        } finally {
            post(admin, kirovsk, before, before.phone(), before.email());
        }
    }

    private static String post(WorkstationSession admin, int organisationId, Organisation card, String phone, String email)
            throws Exception {
        String form = "shortTitle=" + enc(card.shortTitle()) + "&address=" + enc(card.address()) + "&schedule="
                + enc(card.schedule()) + "&phone=" + enc(phone) + "&email=" + enc(email) + "&registrationNumberFormat="
                + enc(card.registrationNumberFormat()) + "&_csrf=" + enc(admin.csrf(admin.get("/organisation")));
        HttpResponse<String> posted = admin.http().send(HttpRequest.newBuilder(URI.create(admin.base() + "/organisation/"
                        + organisationId + "/card")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        return admin.get(URI.create(posted.headers().firstValue("Location").orElseThrow()).getRawPath()
                + "?" + URI.create(posted.headers().firstValue("Location").orElseThrow()).getRawQuery());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
