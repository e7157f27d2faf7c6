package ru.reglament.workstation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** On the English workstation statuses and actions read in English (the definition's second name); services keep their legal Russian titles. */
class EnglishWorkstationTest extends BrowserTestBase {

    @Test
    void statusesAndActionsReadInEnglish() {
        long id = fixtures().submit().get("id").asLong();
        Page page = loggedIn("registrar");
        page.navigate("/?lang=en");
        assertThat(page.locator("#widget-waiting")).containsText("New, unassigned");
        assertThat(page.locator("#section-applications")).containsText("Applications");

        page.navigate("/applications/" + id);
        assertThat(page.locator("#card-status")).hasText("New");
        assertThat(page.locator("#card-service")).containsText("Выдача разрешения на строительство");
        assertThat(page.locator("#tab-process")).hasText("Process diagram");
        assertThat(page.locator("#action-assign-self")).hasText("Take it myself");
        page.locator("#action-assign-self").click();
        assertThat(page.locator("#flash-message")).hasText("«Take it myself» done. Status: «Assigned»");
        page.locator("#tab-history").click();
        assertThat(page.locator("#history")).containsText("Take it myself");

        page.navigate("/applications?scope=mine");
        assertThat(page.locator("#row-" + id)).containsText("Assigned");
        screenshot(page, "list-english");
    }
}
