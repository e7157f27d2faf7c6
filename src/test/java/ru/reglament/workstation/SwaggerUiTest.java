package ru.reglament.workstation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** An integrator opens Swagger UI in the test contour: it renders the API under the page policy. */
class SwaggerUiTest extends BrowserTestBase {

    @Test
    void integratorReadsTheApiInSwaggerUi() {
        Page page = fresh();
        page.navigate("/swagger-ui.html");
        assertThat(page.locator(".swagger-ui .info .title")).isVisible();
        assertThat(page.locator(".opblock-summary-path[data-path='/api/v1/applications']").first()).isVisible();
        screenshot(page, "swagger-ui");
    }
}
