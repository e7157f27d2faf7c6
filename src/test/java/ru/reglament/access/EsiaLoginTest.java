package ru.reglament.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.reglament.staff.Membership;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;
import ru.reglament.support.TestPki;

/**
 * Login through ЕСИА, against the built-in ЕСИА simulator over HTTP as a browser goes: the platform's
 * requests carry a client_secret signed with its key, which the simulator checks; the person's ЕСИА
 * access groups in each organisation give the roles. A request signed with another key, a state that
 * is not this login's, and a code used twice are refused.
 */
class EsiaLoginTest extends IdentityTestBase {

    static final String SMIRNOVA = "1000299353";
    static final String GOSTEV = "1000299355";

    @Autowired
    Staff staff;

    @Test
    void aRegistrarLogsInThroughEsiaWithTheRolesOfHerGroups() throws Exception {
        EsiaBrowser browser = new EsiaBrowser();
        HttpResponse<String> esiaPage = browser.get(url("/login/esia"));
        assertThat(esiaPage.uri().getPath()).isEqualTo("/esia-simulator/aas/oauth2/ac");
        assertThat(esiaPage.body()).contains("Смирнова Елена Викторовна", "подпись запроса системы проверена");
        HttpResponse<String> callback = browser.choose(url(""), esiaPage.body(), SMIRNOVA);
        HttpResponse<String> home = browser.get(callback.headers().firstValue("Location").orElseThrow());
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).contains("Смирнова Елена Викторовна");
        assertThat(staff.byLogin("esia:" + SMIRNOVA).orElseThrow().memberships()).extracting(Membership::role)
                .containsExactlyInAnyOrder(Role.REGISTRAR, Role.SPECIALIST);
        assertThat(staff.byLogin("esia:" + SMIRNOVA).orElseThrow().snils()).isEqualTo("112-233-445 95");
    }

    @Test
    void aPersonWithOnlyTechnicalGroupsIsToldWhatIsMissing() throws Exception {
        EsiaBrowser browser = new EsiaBrowser();
        HttpResponse<String> callback = browser.choose(url(""), browser.get(url("/login/esia")).body(), GOSTEV);
        HttpResponse<String> page = browser.get(callback.headers().firstValue("Location").orElseThrow());
        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.body()).contains("Гостев Павел Сергеевич", "роли в Reglament у вас нет");
        assertThat(staff.byLogin("esia:" + GOSTEV)).isEmpty();
    }

    @Test
    void aRequestSignedWithAnotherKeyIsRefusedByEsia() throws Exception {
        String timestamp = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss Z").format(ZonedDateTime.now(ZoneId.of("Europe/Moscow")));
        String scope = "openid fullname snils usr_org";
        String state = "0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9";
        byte[] forged = Base64.getDecoder().decode(TestPki.trustedSigner("Злоумышленников Иван Иванович", TestPki.Algorithm.GOST_256)
                .signDetached((scope + timestamp + "REGLAMENT" + state).getBytes(StandardCharsets.UTF_8)));
        String query = "client_id=REGLAMENT&response_type=code&scope=" + enc(scope) + "&state=" + state
                + "&timestamp=" + enc(timestamp) + "&redirect_uri=" + enc(url("/login/esia/callback"))
                + "&client_secret=" + Base64.getUrlEncoder().withoutPadding().encodeToString(forged);
        HttpResponse<String> refused = new EsiaBrowser().get(url("/esia-simulator/aas/oauth2/ac?" + query));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("ESIA-007053", "не сертификатом, зарегистрированным для системы");

        HttpResponse<String> garbage = new EsiaBrowser().get(url("/esia-simulator/aas/oauth2/ac?"
                + query.replaceAll("client_secret=[^&]+", "client_secret=AAAA")));
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("ESIA-007053");

        // Back only to the system's registered address, never to one a link names.
        HttpResponse<String> elsewhere = new EsiaBrowser().get(url("/esia-simulator/aas/oauth2/ac?" + query.replaceAll(
                "redirect_uri=[^&]+", "redirect_uri=" + enc("https://evil.example/steal"))));
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("ESIA-007014");
    }

    @Test
    void aStateNotOfThisLoginAndACodeUsedTwiceAreRefused() throws Exception {
        EsiaBrowser first = new EsiaBrowser();
        HttpResponse<String> callback = first.choose(url(""), first.get(url("/login/esia")).body(), SMIRNOVA);
        String callbackUrl = callback.headers().firstValue("Location").orElseThrow();
        assertThat(first.get(callbackUrl).uri().getPath()).isEqualTo("/");

        // Someone replays the callback in another browser that has started a login of its own.
        EsiaBrowser other = new EsiaBrowser();
        other.get(url("/login/esia"));
        HttpResponse<String> replayed = other.get(callbackUrl);
        assertThat(replayed.uri().getPath()).isEqualTo("/login");
        assertThat(replayed.body()).contains("не относится к этому входу");

        // The same code with this browser's own state: ЕСИА refuses the used code.
        EsiaBrowser third = new EsiaBrowser();
        HttpResponse<String> page = third.get(url("/login/esia"));
        String state = Pattern.compile("name=\"state\" value=\"([^\"]+)\"").matcher(page.body()).results().findFirst()
                .orElseThrow().group(1);
        HttpResponse<String> reused = third.get(callbackUrl.replaceAll("state=[^&]+", "state=" + state));
        assertThat(reused.uri().getPath()).isEqualTo("/login");
        assertThat(reused.body()).contains("ЕСИА не подтвердила вход");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
