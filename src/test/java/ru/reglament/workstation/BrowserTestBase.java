package ru.reglament.workstation;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import ru.reglament.support.Api;
import ru.reglament.support.ScenarioBase;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Browser tests: Debian's Chromium (never a downloaded browser) driven by Playwright against the
 * whole platform on its embedded PostgreSQL. Screenshots of the main pages go to
 * {@code target/screenshots/}. A test fails if any page it opened broke the Content-Security-Policy
 * (an inline script or style, eval, a foreign source): Chromium reports each refusal on the console.
 */
abstract class BrowserTestBase extends ScenarioBase {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> policyViolations = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        List<String> violations = List.copyOf(policyViolations);
        policyViolations.clear();
        org.assertj.core.api.Assertions.assertThat(violations).as("Content-Security-Policy violations").isEmpty();
    }

    /** A fresh browser (own cookies) at 1366×768, logged in as {@code login}. */
    Page loggedIn(String login) {
        Page page = fresh();
        logIn(page, login);
        return page;
    }

    Page fresh() {
        return fresh(1366, 768);
    }

    /** A fresh browser (own cookies) with a screen of this size. */
    Page fresh(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("ru-RU").setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(15_000);
        contexts.add(context);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) policyViolations.add(page.url() + ": " + message.text());
        });
        return page;
    }

    void logIn(Page page, String login) {
        page.navigate("/login");
        page.getByLabel("Логин").fill(login);
        page.getByLabel("Пароль").fill(Api.DEMO_PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Войти")).click();
        assertThat(page.locator("#profile-link")).isVisible();
    }

    void logOut(Page page) {
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Выход")).click();
        assertThat(page.getByLabel("Логин")).isVisible();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
