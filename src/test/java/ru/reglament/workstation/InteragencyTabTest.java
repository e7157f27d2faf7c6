package ru.reglament.workstation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.reglament.interagency.InteragencyScenario;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * «Межведомственные запросы» on the card, with SMEV answering through the simulator: the open card
 * pops up when answers arrive, each request opens readably and prints.
 */
@InteragencyScenario
class InteragencyTabTest extends BrowserTestBase {

    @Test
    void theRegistrarSeesTheAnswersArriveOpensOneAndPrintsIt() throws Exception {
        long id = atAcceptanceDecision("Вкладкин").get("id").asLong();
        Page page = loggedIn("registrar");
        page.navigate("/applications/" + id + "?tab=interagency");
        page.locator("#action-register").click();
        assertThat(page.locator("#card-status")).hasText("Запрос сведений по СМЭВ");
        page.locator("#tab-interagency").click();
        assertThat(page.locator("#interagency-requests tbody tr")).hasCount(3);

        // The requests go out and their answers come within seconds (the slowest in three); the open card
        // says what happened long before the status moves.
        assertThat(page.locator("#card-changed")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsVisibleOptions().setTimeout(20_000));
        assertThat(page.locator("#card-changed")).containsText("По заявлению новое");
        assertThat(page.locator("#card-changed")).containsText("Межведомственный запрос «");
        page.locator("#card-changed .card-changed-reload").click();
        page.waitForLoadState();
        for (int i = 0; i < 40 && !page.locator("#card-status").textContent().equals("Сведения по СМЭВ получены"); i++) {
            page.waitForTimeout(500);
            page.reload();
        }
        assertThat(page.locator("#card-status")).hasText("Сведения по СМЭВ получены");
        page.locator("#tab-interagency").click();
        assertThat(page.locator("tr[data-kind=MVD_REGISTRATION] .request-state")).hasText("ответ получен");
        screenshot(page, "card-interagency");

        page.locator("tr[data-kind=MVD_REGISTRATION] a[id^=request-open]").click();
        assertThat(page.locator("#request-title")).containsText("Сведения о регистрации по месту жительства");
        assertThat(page.locator("#request-lines")).containsText("LastName");
        assertThat(page.locator("#answer-lines")).containsText("По месту жительства");
        screenshot(page, "interagency-request");

        String raw = page.locator("#answer-raw").getAttribute("href");
        APIResponse xml = page.request().get(raw);
        assertThat(xml.headers().get("content-type")).startsWith("application/xml");
        assertThat(xml.text()).contains("SenderProvidedResponseData", "ds:SignatureValue");

        APIResponse print = page.request().get(page.locator("#request-print").getAttribute("href"));
        assertThat(print.headers().get("content-type")).isEqualTo("application/pdf");
        try (var pdf = Loader.loadPDF(print.body())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Межведомственный запрос и ответ", "Сведения о регистрации по месту жительства",
                            "МВД России", "ответ получен", "По месту жительства");
        }
    }

    @Test
    void theSpecialistTicksTheKindToAskAgainAndTheCardReturnsToTheReviewWithItsAnswer() {
        Fixtures f = fixtures();
        JsonNode card = f.act("registrar", atAcceptanceDecision("Повторов"), "register");
        long id = card.get("id").asLong();
        card = f.awaitStatus(id, "SMEV_RECEIVED");
        card = f.act("specialist", card, "assign-self");
        f.act("specialist", card, "start-review");

        Page page = loggedIn("specialist");
        page.navigate("/applications/" + id);
        page.waitForLoadState();
        page.locator("#action-rerequest-smev").click();
        var kinds = page.locator("#field-rerequest-smev-kinds");
        assertThat(kinds.locator("input[type=checkbox]")).hasCount(3);
        assertThat(kinds).containsText("Проверка соответствия СНИЛС и ФИО");
        page.locator("#form-rerequest-smev.show").waitFor();
        page.waitForTimeout(300); // Bootstrap's fade-in, for the screenshot
        screenshot(page, "interagency-rerequest-form");

        // Nothing ticked: refused, naming the field, and the card has not moved.
        page.locator("#submit-rerequest-smev").click();
        assertThat(page.locator("#flash-error")).containsText("Виды сведений");
        assertThat(page.locator("#card-status")).hasText("Рассмотрение документов");

        page.locator("#action-rerequest-smev").click();
        page.locator("#field-rerequest-smev-kinds").getByLabel("Проверка соответствия СНИЛС и ФИО").check();
        page.locator("#submit-rerequest-smev").click();
        assertThat(page.locator("#card-status")).hasText("Запрос сведений СМЭВ (повторный)");
        page.locator("#tab-interagency").click();
        assertThat(page.locator("#interagency-requests tbody tr")).hasCount(4);

        f.awaitStatus(id, "DOCUMENTS_REVIEW");
        page.reload();
        assertThat(page.locator("#card-status")).hasText("Рассмотрение документов");
        page.locator("#tab-interagency").click();
        assertThat(page.locator("#interagency-requests tbody tr[data-kind=SFR_SNILS] .request-state"))
                .hasText(new String[] {"ответ получен", "ответ получен"});
    }

    /** A housing application (three kinds of information for a private person), taken by the registrar to the acceptance decision. */
    private JsonNode atAcceptanceDecision(String surname) {
        JsonNode card = Api.as(port, "portal").post("/api/v1/applications", Fixtures.intake(Fixtures.uniquePortalNumber(),
                "4700000010000000003", "1024701543217", Fixtures.uniqueSurname(surname))).expect(201).json();
        Fixtures f = fixtures();
        card = f.act("registrar", Api.as(port, "registrar").card(card.get("id").asLong()), "assign-self");
        return f.act("registrar", card, "start-registration");
    }
}
