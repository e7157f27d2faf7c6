package ru.reglament.workstation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import ru.reglament.portal.PortalScenario;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import ru.reglament.support.TestPki;
import tools.jackson.databind.JsonNode;

/**
 * The other side of a case: the registrar sees on «Общая информация» what reached the applicant's
 * cabinet, and the applicant opens the cabinet with the portal number and its access code.
 */
@PortalScenario
class CabinetPageTest extends BrowserTestBase {

    @Test
    void theStaffSeeTheDeliveriesAndTheApplicantOpensTheCabinetWithTheSignedResult() throws Exception {
        String number = Fixtures.uniquePortalNumber();
        Fixtures f = fixtures();
        JsonNode card = as("portal").post("/api/v1/applications", Fixtures.intake(number, Fixtures.CONSTRUCTION_PERMIT,
                Fixtures.ORG_A, Fixtures.uniqueSurname("Кабинетный"))).expect(201).json();
        long id = card.get("id").asLong();
        card = f.act("registrar", card, "assign-self");
        card = f.act("registrar", card, "comment-to-applicant", "comment", "Заявление взято в работу");
        card = f.act("registrar", card, "start-registration");
        card = f.act("registrar", card, "register");
        card = f.act("specialist", card, "assign-self");
        card = f.act("specialist", card, "start-review");
        card = f.act("specialist", card, "grant", "extraInfo", "Разрешение выдано на 10 лет");
        f.act("specialist", card, "send-for-signing");
        byte[] original = as("official").get("/api/v1/applications/" + id + "/decision/document").expect(200).body();
        f.act("official", as("official").card(id), "sign", "signature",
                TestPki.trustedSigner("Соколов Андрей Николаевич", TestPki.Algorithm.GOST_256).signDetached(original));

        Page page = loggedIn("registrar");
        page.navigate("/applications/" + id + "?tab=general");
        for (int i = 0; i < 40 && page.locator("#feed tr.feed-row[data-state=DELIVERED]").count() < 3; i++) {
            page.waitForTimeout(500);
            page.reload();
        }
        assertThat(page.locator("#feed tr.feed-row")).hasCount(3);
        assertThat(page.locator("#feed tr.feed-row[data-state=DELIVERED]")).hasCount(3);
        assertThat(page.locator("#general-portal-status")).hasText("Услуга оказана (3)");
        assertThat(page.locator("#feed tr.feed-row[data-code='6']")).containsText("Заявление взято в работу");
        String code = page.locator("#general-cabinet-code").textContent();
        screenshot(page, "card-general-feed");

        Page cabinet = fresh();
        cabinet.navigate(page.locator("#general-cabinet-link").getAttribute("href"));
        assertThat(cabinet.locator("#number")).hasValue(number);
        cabinet.locator("#code").fill("WRONG123");
        cabinet.locator("#cabinet-open").click();
        assertThat(cabinet.locator("#cabinet-not-found")).isVisible();
        cabinet.locator("#code").fill(code);
        cabinet.locator("#cabinet-open").click();
        assertThat(cabinet.locator("#cabinet-statuses .cabinet-status-title"))
                .hasText(new String[] {"Заявление получено ведомством", "Заявление принято", "Услуга оказана"});
        assertThat(cabinet.locator(".cabinet-status[data-code='6'] .cabinet-comment")).hasText("Заявление взято в работу");
        assertThat(cabinet.locator(".cabinet-signature-check"))
                .containsText("Подпись верна: Соколов Андрей Николаевич");
        screenshot(cabinet, "cabinet");

        APIResponse result = cabinet.request().get(cabinet.locator(".cabinet-file-link").getAttribute("href"));
        assertThat(result.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(result.body()).isEqualTo(original);
        APIResponse signature = cabinet.request().get(cabinet.locator(".cabinet-signature-link").getAttribute("href"));
        assertThat(signature.body()).isEqualTo(Api.as(port, "portal")
                .get("/api/v1/applications/" + id + "/decision/signature").expect(200).body());
    }
}
