package ru.reglament.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.reglament.support.Fixtures;
import ru.reglament.support.TestPki;
import tools.jackson.databind.JsonNode;

/**
 * Every page fits the common office screen (1366×768) and a full-HD one without a horizontal
 * scrollbar: the home pages of each role, the lists, the card in every status a demo application
 * reaches, notifications, reference and administration. Screenshots go to target/screenshots/layout-*.
 */
class LayoutTest extends BrowserTestBase {

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768", "1920, 1080"})
    void noPageIsWiderThanTheScreen(int width, int height) throws Exception {
        Map<String, Long> cards = cardsInEveryStatus();
        List<String> tooWide = new ArrayList<>();
        Page registrar = fresh(width, height);
        logIn(registrar, "registrar");
        check(registrar, "/", "home-registrar", width, tooWide);
        check(registrar, "/applications?scope=all", "list-all", width, tooWide);
        check(registrar, "/applications?scope=mine", "list-mine", width, tooWide);
        check(registrar, "/notifications", "notifications", width, tooWide);
        check(registrar, "/reference", "reference", width, tooWide);
        check(registrar, "/profile", "profile", width, tooWide);
        for (Map.Entry<String, Long> card : cards.entrySet()) {
            check(registrar, "/applications/" + card.getValue(), "card-" + card.getKey(), width, tooWide);
        }
        check(registrar, "/applications/" + cards.get("DECISION_DRAFTED") + "?tab=process", "card-process", width, tooWide);
        for (String login : List.of("official", "stats-observer", "platform-admin", "org-admin")) {
            Page page = fresh(width, height);
            logIn(page, login);
            check(page, "/", "home-" + login, width, tooWide);
            if (login.equals("official")) {
                check(page, "/applications/" + cards.get("DECISION_DRAFTED"), "card-official", width, tooWide);
            }
            if (login.equals("platform-admin")) check(page, "/admin/directory-import", "directory-import", width, tooWide);
            if (login.equals("platform-admin")) check(page, "/admin/processes", "processes", width, tooWide);
            if (login.equals("org-admin")) check(page, "/organisation", "organisation", width, tooWide);
        }
        assertThat(tooWide).as("pages wider than a %d px screen", width).isEmpty();
    }

    private static void check(Page page, String path, String name, int width, List<String> tooWide) {
        page.navigate(path);
        page.waitForLoadState();
        int documentWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        screenshot(page, "layout-" + width + "-" + name);
        if (documentWidth > width) tooWide.add(path + " (" + name + "): " + documentWidth + " px");
    }

    /** An application of organisation A in each status the demo contour reaches, by status code. */
    private Map<String, Long> cardsInEveryStatus() throws Exception {
        Fixtures f = fixtures();
        Map<String, Long> cards = new LinkedHashMap<>();
        JsonNode card = f.submit(Fixtures.LAND_PLOT, Fixtures.ORG_A, "Широковатов");
        cards.put("NEW", card.get("id").asLong());
        cards.put("REGISTRAR_ASSIGNED", f.act("registrar", f.submit(Fixtures.LAND_PLOT, Fixtures.ORG_A, "Ширинов"),
                "assign-self").get("id").asLong());
        JsonNode refusing = f.atAcceptanceDecision();
        cards.put("ACCEPTANCE_DECISION", refusing.get("id").asLong());
        JsonNode registered = f.act("registrar", f.atAcceptanceDecision(), "register");
        cards.put("SMEV_RECEIVED", registered.get("id").asLong());
        cards.put("ACCEPTED_FOR_REVIEW", f.act("specialist", f.act("registrar", f.atAcceptanceDecision(), "register"),
                "assign-self").get("id").asLong());
        cards.put("DOCUMENTS_REVIEW", f.inDocumentsReview().get("id").asLong());
        cards.put("DECISION_DRAFTED", f.grantAwaitingSignature().get("id").asLong());
        cards.put("PROVIDED", signed(f, f.grantAwaitingSignature()));
        JsonNode refusal = f.act("specialist", f.inDocumentsReview(), "refuse", "grounds", List.of("NOT_ELIGIBLE"));
        cards.put("REFUSED", signed(f, f.act("specialist", refusal, "send-for-signing")));
        JsonNode acceptance = f.act("registrar", f.atAcceptanceDecision(), "refuse-acceptance",
                "grounds", List.of("INCOMPLETE_DOCUMENTS"), "explanation", "Не приложен паспорт");
        cards.put("ACCEPTANCE_REFUSED", signed(f, f.act("registrar", acceptance, "send-for-signing")));
        cards.put("WITHDRAWN", f.act("portal", f.submit(), "withdraw").get("id").asLong());
        return cards;
    }

    private long signed(Fixtures f, JsonNode awaiting) throws Exception {
        long id = awaiting.get("id").asLong();
        byte[] pdf = as("official").get("/api/v1/applications/" + id + "/decision/document").expect(200).body();
        TestPki.Signer signer = TestPki.trustedSigner("Соколов Андрей Николаевич", TestPki.Algorithm.GOST_256);
        return f.act("official", as("official").card(id), "sign", "signature", signer.signDetached(pdf)).get("id").asLong();
    }
}
