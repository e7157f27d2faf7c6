package ru.reglament.workstation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Messages pop up at the bottom of the screen (seed 001): the result of the user's own action, and a
 * change a colleague makes to the card the user has open, with the offer to reload it.
 */
class PopUpMessagesTest extends BrowserTestBase {

    @Test
    void aColleaguesChangeToTheOpenCardPopsUpWithTheOfferToReload() {
        JsonNode card = fixtures().submit();
        long id = card.get("id").asLong();
        Page page = loggedIn("registrar");
        page.navigate("/applications/" + id);
        assertThat(page.locator("#card-changed")).hasCount(0);

        fixtures().act("assigning-registrar", card, "assign-self");

        assertThat(page.locator("#card-changed")).isVisible();
        assertThat(page.locator("#card-changed")).containsText("Назначен исполнитель");
        screenshot(page, "card-changed-toast");
        page.locator("#card-changed .card-changed-reload").click();
        assertThat(page.locator("#card-assignee")).hasText("Смирнова Ольга Викторовна");
        assertThat(page.locator("#card-changed")).hasCount(0);
    }

    @Test
    void theResultOfAnActionPopsUpAtTheBottomAndGoesAway() {
        long id = fixtures().submit().get("id").asLong();
        Page page = loggedIn("registrar");
        page.navigate("/applications/" + id);
        page.locator("#action-assign-self").click();
        assertThat(page.locator("#toasts #flash-message")).containsText("«Назначить на себя» — выполнено");
        assertThat(page.locator("#toasts .toast.show")).hasCount(1);
        double bottom = ((Number) page.evaluate("() => document.getElementById('toasts').getBoundingClientRect().bottom"))
                .doubleValue();
        org.assertj.core.api.Assertions.assertThat(bottom).isGreaterThan(700);
        assertThat(page.locator("#toasts .toast.show")).hasCount(0,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(12_000));
    }
}
