package ru.reglament.workstation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.reglament.audit.AuditTrail;
import ru.reglament.directory.Directory;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * The platform administrator adds a service and an organisation that provides it in «Справочник»; a
 * bad ОГРН is refused naming the field and nothing is added; an application to the new organisation
 * and service then arrives from the portal. Both changes are audited.
 */
class DirectoryAdminTest extends BrowserTestBase {

    static final String OGRN = "1024700990016";

    @Autowired
    AuditTrail audit;

    @Autowired
    Directory directory;

    @Test
    void thePlatformAdministratorAddsAnOrganisationAndAServiceAndAnApplicationToThemArrives() {
        String code = "47000000100000" + (10000 + System.nanoTime() % 90000);
        Page page = loggedIn("platform-admin");
        page.locator("#section-directory-admin").click();
        page.locator("#svc-code").fill(code);
        page.locator("#svc-title").fill("Выдача справки о составе семьи");
        page.locator("#svc-short").fill("Справка о составе семьи");
        page.locator("#svc-term").fill("3");
        // The process pinned to its version 1 while the newest is 2 (the tests load toy 1 and 2).
        page.locator("#svc-process").selectOption("toy@1");
        page.locator("#svc-acceptance").fill("NO_PASSPORT: Не представлен документ, удостоверяющий личность");
        page.locator("#svc-refusal").fill("NO_REGISTRATION: Заявитель не зарегистрирован на территории поселения");
        page.locator("#service-save").click();
        assertThat(page.locator("#flash-message")).containsText("Услуга «Выдача справки о составе семьи» сохранена");
        assertThat(page.locator("#directory-services")).containsText(code);
        page.navigate("/admin/directory?service=" + code);
        assertThat(page.locator("#svc-process")).hasValue("toy@1");

        page.navigate("/admin/directory");
        page.locator("#org-ogrn").fill("1024700990017");
        page.locator("#org-region").selectOption("47");
        page.locator("#org-title").fill("Администрация Никольского городского поселения");
        page.locator("#org-format").fill("НИК-{yyyy}-{seq:5}");
        page.locator("#org-service-" + code).check();
        page.locator("#organisation-save").click();
        assertThat(page.locator("#flash-error")).containsText("ОГРН — 13 цифр с верной контрольной цифрой");
        assertThat(page.locator("#org-ogrn")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(page.locator("#org-title")).hasValue("Администрация Никольского городского поселения");
        assertThat(page.locator("#directory-organisations")).not().containsText("Никольского");

        page.locator("#org-ogrn").fill(OGRN);
        page.locator("#org-service-" + code).check();
        page.locator("#organisation-save").click();
        assertThat(page.locator("#flash-message")).containsText("сохранена");
        assertThat(page.locator("#directory-organisations")).containsText(OGRN);
        screenshot(page, "directory-admin");

        JsonNode card = Api.as(port, "portal").post("/api/v1/applications", Fixtures.intake(Fixtures.uniquePortalNumber(),
                code, OGRN, Fixtures.uniqueSurname("Никольский"))).expect(201).json();
        assertThat(card.at("/organisation/title").asString()).isEqualTo("Администрация Никольского городского поселения");
        assertThat(card.at("/service/code").asString()).isEqualTo(code);
        assertThat(card.get("maxTermDays").asInt()).isEqualTo(3);
        assertThat(card.at("/status/code").asString()).isEqualTo("TOY_NEW");

        // Unticked, the service is no longer provided there; the application received stays.
        page.navigate("/admin/directory?ogrn=" + OGRN);
        page.locator("#org-service-" + code).uncheck();
        page.locator("#organisation-save").click();
        assertThat(page.locator("#flash-message")).containsText("сохранена");
        int organisation = directory.organisationByOgrn(OGRN).orElseThrow().id();
        assertThat(directory.provides(organisation, directory.serviceByCode(code).orElseThrow().id())).isFalse();
        assertThat(Api.as(port, "portal").get("/api/v1/applications/" + card.get("id").asLong()).status()).isEqualTo(200);

        assertThat(audit.recent("service", code, 5)).extracting(AuditTrail.Entry::change).containsExactly("create");
        assertThat(audit.recent("organisation", OGRN, 5)).extracting(AuditTrail.Entry::change)
                .containsExactly("update", "create");
        assertThat(audit.recent("organisation", OGRN, 5).get(1).after()).contains(code, "НИК-{yyyy}-{seq:5}");
        assertThat(audit.recent("organisation", OGRN, 5).get(0).after()).doesNotContain(code);
    }

    @Test
    void thePlatformAdministratorAddsARegionAndIsToldWhatIsWrong() {
        Page page = loggedIn("platform-admin");
        page.navigate("/admin/directory");
        page.locator("#region-code").fill("7");
        page.locator("#region-name").fill("Севастополь");
        page.locator("#region-save").click();
        assertThat(page.locator("#flash-error")).containsText("Код региона — две цифры");
        assertThat(page.locator("#region-name")).hasValue("Севастополь");
        page.locator("#region-code").fill("92");
        page.locator("#region-save").click();
        assertThat(page.locator("#flash-message")).containsText("Регион 92 — Севастополь сохранён");
        assertThat(page.locator("#directory-regions tr[data-code='92']")).containsText("Севастополь");
        page.locator("#org-region").selectOption("92");
    }
}
