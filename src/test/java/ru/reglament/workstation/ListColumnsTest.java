package ru.reglament.workstation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The user chooses the columns of «Заявления», and the choice follows them to another browser. */
class ListColumnsTest extends BrowserTestBase {

    @Test
    void aHiddenColumnStaysHiddenForTheUserInAnotherBrowser() {
        fixtures().submit();
        Page page = loggedIn("observer");
        page.navigate("/applications?scope=all");
        assertThat(page.locator("#results th", new Page.LocatorOptions().setHasText("Услуга"))).hasCount(1);
        page.locator("#columns-toggle").click();
        page.locator("#column-service").uncheck();
        page.locator("#columns-apply").click();
        assertThat(page.locator("#results th", new Page.LocatorOptions().setHasText("Услуга"))).hasCount(0);
        assertThat(page.locator("#results th", new Page.LocatorOptions().setHasText("Заявитель"))).hasCount(1);

        Page elsewhere = loggedIn("observer");
        elsewhere.navigate("/applications?scope=all");
        assertThat(elsewhere.locator("#results th", new Page.LocatorOptions().setHasText("Услуга"))).hasCount(0);
        elsewhere.locator("#columns-toggle").click();
        elsewhere.locator("#column-service").check();
        elsewhere.locator("#columns-apply").click();
        assertThat(elsewhere.locator("#results th", new Page.LocatorOptions().setHasText("Услуга"))).hasCount(1);
    }
}
