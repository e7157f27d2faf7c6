package ru.reglament.workstation;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.reglament.support.Fixtures;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The workstation in Chromium: each role doing its part of the job, as seed 001 walks through it. */
class WorkstationTest extends BrowserTestBase {

    @Test
    void registrarSpecialistAndOfficialTakeAnApplicationToServiceProvided() {
        String surname = Fixtures.uniqueSurname("Браузеров");
        long id = fixtures().submit(Fixtures.LAND_PLOT, Fixtures.ORG_A, surname).get("id").asLong();

        Page registrar = loggedIn("registrar");
        screenshot(registrar, "home-registrar");
        registrar.locator("#section-applications").click();
        registrar.locator("#scope-all").click();
        // Typing before the new page has loaded would go to the old page or precede htmx's listeners.
        registrar.waitForURL(Pattern.compile("scope=all"));
        registrar.getByLabel("Поиск по номеру, номеру ЕПГУ, заявителю").fill(surname);
        assertThat(registrar.locator("#results tbody tr")).hasCount(1);
        screenshot(registrar, "applications-list");
        registrar.locator("#results .application-link").click();
        assertThat(status(registrar)).hasText("Новое");
        screenshot(registrar, "card-new");

        act(registrar, "assign-self", "Назначен исполнитель");
        assertThat(registrar.locator("#card-assignee")).hasText("Петрова Анна Сергеевна");
        act(registrar, "start-registration", "Принятие решения о приеме документов");
        act(registrar, "register", "Сведения по СМЭВ получены");
        assertThat(registrar.locator("#general-registration-number")).not().hasText("—");
        logOut(registrar);

        logIn(registrar, "specialist");
        registrar.navigate("/applications/" + id);
        act(registrar, "assign-self", "Заявление принято к рассмотрению");
        act(registrar, "start-review", "Рассмотрение документов");
        registrar.locator("#action-grant").click();
        registrar.locator("#form-grant").getByLabel("Дополнительная информация").fill("Выдать лично");
        registrar.locator("#submit-grant").click();
        assertThat(registrar.locator("#decision-state")).hasText("Проект");
        assertThat(registrar.locator("#pane-decisions")).isVisible();
        screenshot(registrar, "card-decision-draft");
        act(registrar, "send-for-signing", "Подготовлен проект решения");
        logOut(registrar);

        logIn(registrar, "official");
        screenshot(registrar, "home-official");
        registrar.navigate("/applications/" + id);
        registrar.locator("#action-sign").click();
        assertThat(registrar.locator("#cades-missing")).isVisible();
        assertThat(registrar.locator("#cades-missing a")).hasAttribute("href", "https://www.cryptopro.ru/products/cades/plugin");
        screenshot(registrar, "form-sign");
        registrar.locator("#sign-test-key").click();
        assertThat(status(registrar)).hasText("Услуга оказана");
        assertThat(registrar.locator("#test-signature-badge")).hasText("тестовая подпись");
        assertThat(registrar.locator("#signature-signer")).containsText("Соколов");
        assertThat(registrar.locator("#actions")).hasCount(0);
        screenshot(registrar, "card-signed");
        registrar.locator("#tab-history").click();
        // Received, three registrar actions and the system step, two specialist actions, the draft, sending, signing.
        assertThat(registrar.locator("#history tbody tr")).hasCount(10);
        assertThat(registrar.locator("#history tbody tr").first()).containsText("Подписать");
    }

    @Test
    void registrarRefusesAcceptanceAndTheOfficialSignsTheRefusal() {
        long id = fixtures().submit().get("id").asLong();
        Page page = loggedIn("registrar");
        page.navigate("/applications/" + id);
        act(page, "assign-self", "Назначен исполнитель");
        act(page, "start-registration", "Принятие решения о приеме документов");
        page.locator("#action-refuse-acceptance").click();
        // Bootstrap moves the focus into the dialog once its opening transition is over: a click before that may be lost.
        page.waitForFunction("() => document.activeElement && document.activeElement.closest('#form-refuse-acceptance.show')");
        page.locator("#form-refuse-acceptance input[name=grounds]").first().check();
        page.locator("#form-refuse-acceptance").getByLabel("Разъяснение причин отказа").fill("Не приложен паспорт");
        screenshot(page, "form-acceptance-refusal");
        page.locator("#submit-refuse-acceptance").click();
        assertThat(page.locator("#pane-decisions")).isVisible();
        assertThat(page.locator("#decision")).containsText("Не приложен паспорт");
        act(page, "send-for-signing", "Подготовлен проект решения");
        logOut(page);

        logIn(page, "official");
        page.navigate("/applications/" + id);
        page.locator("#action-sign").click();
        page.locator("#sign-test-key").click();
        assertThat(status(page)).hasText("Отказано в приеме документов");
    }

    @Test
    void registrarRoutesToOrganisationBWhereItsRegistrarFindsIt() {
        String surname = Fixtures.uniqueSurname("Маршрутов");
        long id = fixtures().submit(Fixtures.ARCHIVE_CERTIFICATE, Fixtures.ORG_A, surname).get("id").asLong();
        Page page = loggedIn("registrar");
        page.navigate("/applications/" + id);
        page.locator("#action-route").click();
        page.locator("#form-route").getByLabel("Регион оказания услуги").selectOption("47");
        page.locator("#field-route-organisationOgrn option[value='" + Fixtures.ORG_B + "']").waitFor(
                new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.locator("#form-route").getByLabel("Ведомство — поставщик услуги").selectOption(Fixtures.ORG_B);
        page.locator("#form-route").getByLabel("Комментарий").fill("Участок в Кировском районе");
        screenshot(page, "form-route");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Перенаправить")).click();
        assertThat(page.locator("#flash-message")).containsText("Маршрутизация");
        page.navigate("/applications/" + id);
        assertThat(page.locator("#error-title")).hasText("Не найдено");

        Page b = loggedIn("registrar-b");
        assertThat(b.locator("#unread-count")).isVisible();
        b.locator("#section-notifications").click();
        assertThat(b.locator("#notifications")).containsText("В вашу организацию перенаправлено заявление");
        screenshot(b, "notifications");
        b.navigate("/applications?scope=all&q=" + java.net.URLEncoder.encode(surname, StandardCharsets.UTF_8));
        b.locator("#results .application-link").click();
        assertThat(status(b)).hasText("Новое");
        assertThat(b.locator("#general-organisation")).containsText("Кировск");
        b.locator("#tab-history").click();
        assertThat(b.locator("#history")).containsText("Участок в Кировском районе");
    }

    @Test
    void assigningRegistrarAssignsAColleagueWhoCommentsAndSetsAnIntermediateStatus() {
        long id = fixtures().submit().get("id").asLong();
        Page lead = loggedIn("assigning-registrar");
        lead.navigate("/applications/" + id);
        lead.locator("#action-assign").click();
        lead.locator("#form-assign").getByLabel("Сотрудник").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Петрова Анна Сергеевна — Ведущий специалист"));
        lead.locator("#submit-assign").click();
        assertThat(status(lead)).hasText("Назначен исполнитель");
        assertThat(lead.locator("#card-assignee")).hasText("Петрова Анна Сергеевна");

        Page registrar = loggedIn("registrar");
        registrar.locator("#section-notifications").click();
        assertThat(registrar.locator("#notifications li").first()).containsText("Вам назначено заявление №");
        registrar.locator("#notifications li").first().locator("a").click();
        // The modal's button works once Bootstrap's deferred script has run, not as soon as it is parsed.
        registrar.waitForLoadState();
        registrar.locator("#action-comment-to-applicant").click();
        registrar.locator("#form-comment-to-applicant").getByLabel("Комментарий").fill("Ждём вас с оригиналами");
        registrar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Добавить")).click();
        assertThat(registrar.locator("#history")).containsText("Ждём вас с оригиналами");
        registrar.locator("#action-intermediate-status").click();
        registrar.locator("#form-intermediate-status").getByLabel("Промежуточный статус").selectOption("PERSONAL_VISIT");
        registrar.locator("#submit-intermediate-status").click();
        assertThat(registrar.locator("#flash-message")).containsText("Промежуточный статус");
        assertThat(status(registrar)).hasText("Назначен исполнитель");
    }

    @Test
    void officialReturnsADraftForReworkAndTheSpecialistIsNotified() {
        long id = fixtures().grantAwaitingSignature().get("id").asLong();
        Page official = loggedIn("official");
        official.navigate("/applications/" + id);
        official.locator("#action-return-for-rework").click();
        official.locator("#form-return-for-rework").getByLabel("Комментарий").fill("Уточните срок действия");
        official.locator("#submit-return-for-rework").click();
        assertThat(status(official)).hasText("Рассмотрение документов");
        assertThat(official.locator("#action-sign")).hasCount(0);

        Page specialist = loggedIn("specialist");
        specialist.locator("#section-notifications").click();
        assertThat(specialist.locator("#notifications li").first()).containsText("Уточните срок действия");
        specialist.locator("#mark-seen").click();
        assertThat(specialist.locator("#unread-count")).hasCount(0);
    }

    @Test
    void observerReadsCardsButHasNoButtons() {
        JsonNode card = fixtures().submit();
        Page page = loggedIn("observer");
        page.locator("#section-applications").click();
        assertThat(page.locator("#scope-all")).hasAttribute("aria-pressed", "true");
        page.navigate("/applications/" + card.get("id").asLong());
        assertThat(status(page)).hasText("Новое");
        assertThat(page.locator("#actions")).hasCount(0);
        assertThat(page.locator("form[data-action]")).hasCount(0);
        screenshot(page, "card-observer");
    }

    @Test
    void aColleagueActingFirstIsShownAsAMessageAndTheCardRefreshes() {
        long id = fixtures().submit().get("id").asLong();
        Page slow = loggedIn("assigning-registrar");
        slow.navigate("/applications/" + id);
        Page fast = loggedIn("registrar");
        fast.navigate("/applications/" + id);
        act(fast, "assign-self", "Назначен исполнитель");

        slow.locator("#action-assign-self").click();
        assertThat(slow.locator("#flash-error")).containsText("другой сотрудник уже выполнил действие");
        assertThat(slow.locator("#card-assignee")).hasText("Петрова Анна Сергеевна");
        screenshot(slow, "card-conflict");
    }

    @Test
    void wrongPasswordIsRefusedAndAnExpiredSessionReturnsToThePageAfterLogin() {
        Page page = fresh();
        page.navigate("/login");
        page.getByLabel("Логин").fill("registrar");
        page.getByLabel("Пароль").fill("wrong");
        page.locator("#login-submit").click();
        assertThat(page.locator("#login-error")).hasText("Неверный логин или пароль");
        screenshot(page, "login-error");

        logIn(page, "registrar");
        page.navigate("/applications?scope=all");
        page.context().clearCookies();
        page.getByLabel("Поиск по номеру, номеру ЕПГУ, заявителю").fill("Иванов");
        assertThat(page.locator("#session-expired")).isVisible();
        page.getByLabel("Логин").fill("registrar");
        page.getByLabel("Пароль").fill(ru.reglament.support.Api.DEMO_PASSWORD);
        page.locator("#login-submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/applications\\?scope=all.*"));

        // A page opened after the session ended: after login the address is the page's own, nothing added.
        long id = fixtures().submit().get("id").asLong();
        page.context().clearCookies();
        page.navigate("/applications/" + id + "?tab=history");
        page.getByLabel("Логин").fill("registrar");
        page.getByLabel("Пароль").fill(ru.reglament.support.Api.DEMO_PASSWORD);
        page.locator("#login-submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/applications/" + id + "\\?tab=history$"));
        assertThat(page.locator("#tab-history")).hasAttribute("aria-selected", "true");
    }

    @Test
    void platformAdminSeesEveryBadLineOfARejectedDirectoryFile() {
        Page page = loggedIn("platform-admin");
        page.locator("#section-directory-import").click();
        String csv = "CODE;SERVICE_CODE;TITLE;SHORT_TITLE;ADDRESS;SCHEDULE;PHONE;EMAIL\n"
                + "1024701543218;4700000010000000001;Администрация;Адм;Адрес;9-18;+78120000000;a@example.ru\n"
                + "1024701543217;4700000010000000001;Администрация;Адм;Адрес;9-18;+78120000000;не-почта\n";
        page.locator("#import-file").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.locator("#import-submit").click();
        assertThat(page.locator("#import-report")).containsText("Файл не загружен");
        assertThat(page.locator("#import-report tbody tr")).hasCount(2);
        assertThat(page.locator("#import-report")).containsText("CODE");
        assertThat(page.locator("#import-report")).containsText("EMAIL");
        // The upload's progress bar goes once the file has been answered.
        assertThat(page.locator("#import-progress")).isHidden();
        screenshot(page, "directory-import-report");
    }

    @Test
    void statisticsObserverSeesTheOrganisationByStatusAndEachNumberOpensItsList() {
        fixtures().submit();
        Page page = loggedIn("stats-observer");
        assertThat(page.locator("#section-applications")).hasCount(0);
        assertThat(page.locator("#widget-statistics")).containsText("Новое");
        assertThat(page.locator("#widget-statistics a")).hasCount(0);
        screenshot(page, "home-stats-observer");
        page.navigate("/applications?scope=all");
        assertThat(page.locator("#error-title")).hasText("Нет доступа");
        page.locator("#section-reference").click();
        assertThat(page.locator("#reference-services")).containsText("4700000010000000001");
        assertThat(page.locator("#reference-organisations")).containsText(Fixtures.ORG_B);
        screenshot(page, "reference");
        page.locator("#profile-link").click();
        assertThat(page.locator("#profile-roles")).containsText("Наблюдатель статистики организации");
        screenshot(page, "profile");

        Page observer = loggedIn("observer");
        observer.locator("#widget-statistics li", new Page.LocatorOptions().setHasText("Новое")).locator("a").click();
        assertThat(observer).hasURL(Pattern.compile(".*/applications\\?scope=all&status=NEW"));
        assertThat(observer.locator("#results tbody tr").first()).containsText("Новое");
    }

    @Test
    void englishIsOneClickAway() {
        Page page = loggedIn("specialist");
        page.locator("#language-switch").click();
        assertThat(page.locator("#section-applications")).containsText("Applications");
        page.locator("#language-switch").click();
        assertThat(page.locator("#section-applications")).containsText("Заявления");
    }

    private static com.microsoft.playwright.Locator status(Page page) {
        return page.locator("#card-status");
    }

    /** Clicks an action's button (and submits its form, when it has one without fields) and waits for the status. */
    private static void act(Page page, String action, String expectedStatus) {
        page.locator("#action-" + action).click();
        assertThat(status(page)).hasText(expectedStatus);
        assertThat(page.locator("#flash-error")).hasCount(0);
    }
}
