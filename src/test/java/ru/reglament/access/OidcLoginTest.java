package ru.reglament.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.reglament.staff.Employee;
import ru.reglament.staff.Membership;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;

/**
 * Login through a real OpenID Connect server (mock-oauth2-server: discovery, JWKS, signed ID tokens,
 * the authorization code flow), the browser's redirects followed by an HTTP client: the token's
 * groups give the roles, an unmapped person is told what is missing, a revoked role stops working.
 * Local passwords are off here: people log in only through the provider.
 */
class OidcLoginTest extends IdentityTestBase {

    static final String TOSNO = "1024701543217";

    @Autowired
    Staff staff;

    @Test
    void theTokensGroupsGiveTheRolesAndARevokedRoleStopsWorking() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> home = logIn(browser, "kuznetsova.oidc", "Кузнецова Ольга Игоревна",
                List.of("/" + TOSNO + "/Регистратор", "/" + TOSNO + "/Наблюдатель", "Технологический портал"));
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).contains("Кузнецова Ольга Игоревна");

        Employee employee = staff.byLogin("kuznetsova.oidc").orElseThrow();
        assertThat(employee.fullName()).isEqualTo("Кузнецова Ольга Игоревна");
        assertThat(employee.memberships()).extracting(Membership::role)
                .containsExactlyInAnyOrder(Role.REGISTRAR, Role.OBSERVER);
        assertThat(get(browser, "/applications").statusCode()).isEqualTo(200);

        // The organisation's administrator takes the roles away: within the refresh interval the session has none.
        staff.save("kuznetsova.oidc", employee.fullName(), null, null, List.of());
        Thread.sleep(1_500);
        assertThat(get(browser, "/applications").statusCode()).isEqualTo(403);
    }

    @Test
    void aLoginThroughTheProviderGetsANewSessionId() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient stepByStep = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("reglament", "sessionov.oidc", "JWT", List.of("reglament"),
                Map.of("preferred_username", "sessionov.oidc", "name", "Сессионов Иван Ильич",
                        "groups", List.of("/" + TOSNO + "/Специалист")), 3600));
        HttpResponse<String> toProvider = get(stepByStep, "/oauth2/authorization/oidc");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String before = session(cookies);
        assertThat(before).as("the authorization request waits in a session").isNotNull();
        HttpResponse<String> back = stepByStep.send(HttpRequest.newBuilder(URI.create(
                toProvider.headers().firstValue("Location").orElseThrow())).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> loggedIn = stepByStep.send(HttpRequest.newBuilder(URI.create(
                back.headers().firstValue("Location").orElseThrow())).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.headers().firstValue("Location").orElse("")).doesNotContain("error", "refused");
        assertThat(session(cookies)).isNotNull().isNotEqualTo(before);
    }

    private static String session(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION")).findFirst()
                .map(java.net.HttpCookie::getValue).orElse(null);
    }

    @Test
    void aPersonWithNoMappedGroupIsToldWhatIsMissing() throws Exception {
        HttpResponse<String> page = logIn(browser(), "stranger.oidc", "Посторонний Пётр Петрович",
                List.of("Технологический портал"));
        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.body()).contains("роли в Reglament у вас нет", "Посторонний Пётр Петрович",
                "администратора вашей организации");
        assertThat(staff.byLogin("stranger.oidc")).isEmpty();
    }

    @Test
    void anOrganisationTheDirectoryDoesNotKnowIsNamed() throws Exception {
        HttpResponse<String> page = logIn(browser(), "nowhere.oidc", "Безместный Иван Иванович",
                List.of("/1027700132195/Специалист"));
        assertThat(page.body()).contains("1027700132195", "нет в справочнике");
    }

    @Test
    void withLocalPasswordsOffPeopleLogInOnlyThroughTheProviderAndThePortalKeepsItsPassword() throws Exception {
        String page = get(browser(), "/login").body();
        assertThat(page).contains("Войти через Keycloak").doesNotContain("name=\"password\"");
        assertThat(Api.as(port, "registrar").get("/api/v1/staff/me").status()).isEqualTo(401);
        assertThat(Api.as(port, "portal").post("/api/v1/applications", Fixtures.intake(Fixtures.uniquePortalNumber(),
                Fixtures.CONSTRUCTION_PERMIT, TOSNO, Fixtures.uniqueSurname("Парольный"))).status()).isEqualTo(201);
    }

    private HttpResponse<String> logIn(HttpClient browser, String login, String name, List<String> groups)
            throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("reglament", login, "JWT", List.of("reglament"),
                Map.of("preferred_username", login, "name", name, "groups", groups), 3600));
        HttpResponse<String> page = get(browser, "/oauth2/authorization/oidc");
        assertThat(page.statusCode()).isEqualTo(200);
        return page;
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }
}
