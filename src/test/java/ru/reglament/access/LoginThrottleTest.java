package ru.reglament.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.reglament.staff.Staff;
import tools.jackson.databind.node.ObjectNode;
import ru.reglament.support.Api;
import ru.reglament.support.ScenarioBase;

/**
 * Guessing a password is slowed down and then blocked, on the workstation's login form and on the
 * API's HTTP Basic alike, and the answers never tell whether a login exists. The test profile
 * allows 3 free failures, waits 2 s after the 4th and blocks for 4 s at the 5th. Each test uses
 * employees of its own: a blocked demo user would break the tests that share the platform.
 */
class LoginThrottleTest extends ScenarioBase {

    private static final String WRONG = "Неверный логин или пароль";
    private static final String THROTTLED = "Слишком много неудачных попыток входа. Повторите попытку позже.";
    private static final String LOGGED_IN = "logged in";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern LOGIN_ERROR = Pattern.compile("id=\"login-error\"[^>]*>([^<]*)<");
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    Staff staff;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void guessingOnTheLoginFormIsSlowedThenBlockedEvenForTheRightPasswordWhetherOrNotTheLoginExists()
            throws Exception {
        String known = newEmployee();
        String unknown = "throttle-nobody-" + NEXT.incrementAndGet();

        for (int i = 1; i <= 4; i++) {
            assertThat(formLogin(known, "guess-" + i)).isEqualTo(WRONG);
            assertThat(formLogin(unknown, "guess-" + i)).isEqualTo(WRONG);
        }
        assertThat(formLogin(known, Api.DEMO_PASSWORD)).as("too early after the 4th failure").isEqualTo(THROTTLED);
        assertThat(formLogin(unknown, Api.DEMO_PASSWORD)).isEqualTo(THROTTLED);

        Thread.sleep(2_200);
        assertThat(formLogin(known, "guess-5")).isEqualTo(WRONG);
        assertThat(formLogin(unknown, "guess-5")).isEqualTo(WRONG);
        assertThat(formLogin(known, Api.DEMO_PASSWORD)).as("blocked after the 5th failure").isEqualTo(THROTTLED);
        assertThat(formLogin(unknown, Api.DEMO_PASSWORD)).isEqualTo(THROTTLED);

        Thread.sleep(4_200);
        assertThat(formLogin(known, Api.DEMO_PASSWORD)).isEqualTo(LOGGED_IN);
        assertThat(formLogin(unknown, Api.DEMO_PASSWORD)).isEqualTo(WRONG);
    }

    @Test
    void guessingOverBasicIsSlowedThenBlockedAndAnUnknownLoginIsAnsweredExactlyLikeAKnownOne() throws Exception {
        String known = newEmployee();
        String unknown = "throttle-nobody-" + NEXT.incrementAndGet();

        for (int i = 1; i <= 4; i++) assertSameRefusal(known, unknown, "guess-" + i);
        Api.Response early = assertSameRefusal(known, unknown, Api.DEMO_PASSWORD);

        Thread.sleep(2_200);
        assertSameRefusal(known, unknown, "guess-5");
        assertSameRefusal(known, unknown, Api.DEMO_PASSWORD);

        Thread.sleep(4_200);
        assertThat(me(known, Api.DEMO_PASSWORD).expect(200).json().get("login").asString()).isEqualTo(known);
        assertThat(me(unknown, Api.DEMO_PASSWORD).status()).isEqualTo(401);
        assertThat(early.status()).isEqualTo(401);
    }

    @Test
    void aSuccessfulLoginForgetsTheFailures() throws Exception {
        String onForm = newEmployee();
        for (int round = 0; round < 2; round++) {
            for (int i = 1; i <= 3; i++) assertThat(formLogin(onForm, "guess-" + i)).isEqualTo(WRONG);
            assertThat(formLogin(onForm, Api.DEMO_PASSWORD)).isEqualTo(LOGGED_IN);
        }
        // Six failures in all, but never more than three in a row: no wait, no block.
        assertThat(formLogin(onForm, "guess-4")).isEqualTo(WRONG);

        String overBasic = newEmployee();
        for (int round = 0; round < 2; round++) {
            for (int i = 1; i <= 3; i++) assertThat(me(overBasic, "guess-" + i).status()).isEqualTo(401);
            me(overBasic, Api.DEMO_PASSWORD).expect(200);
        }
    }

    @Test
    void theLoginCountsWhateverItsCase() throws Exception {
        String login = newEmployee();
        for (int i = 1; i <= 4; i++) me(i % 2 == 0 ? login : login.toUpperCase(), "guess-" + i).expect(401);
        assertThat(formLogin(login, Api.DEMO_PASSWORD)).isEqualTo(THROTTLED);
    }

    private Api.Response assertSameRefusal(String known, String unknown, String password) {
        Api.Response forKnown = me(known, password);
        Api.Response forUnknown = me(unknown, password);
        assertThat(forKnown.status()).isEqualTo(401);
        assertThat(forUnknown.status()).isEqualTo(forKnown.status());
        assertThat(forUnknown.contentType()).isEqualTo(forKnown.contentType());
        assertThat(comparable(forUnknown)).isEqualTo(comparable(forKnown));
        return forKnown;
    }

    /** The body without what differs between any two requests (when it was made, its trace). */
    private static String comparable(Api.Response response) {
        if (!response.text().startsWith("{")) return response.text();
        ObjectNode body = (ObjectNode) response.json();
        body.remove(List.of("timestamp", "traceId", "requestId"));
        return body.toString();
    }

    private Api.Response me(String login, String password) {
        return Api.as(port, login, password).get("/api/v1/staff/me");
    }

    private String newEmployee() {
        String login = "throttle-" + NEXT.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
        staff.save(login, "Проверкин Пётр Петрович", "Специалист", passwords.encode(Api.DEMO_PASSWORD),
                staff.byLogin("observer").orElseThrow().memberships());
        return login;
    }

    /** Logs in through the form as a browser does; {@link #LOGGED_IN} or the error the login page shows. */
    private String formLogin(String login, String password) throws IOException, InterruptedException {
        String base = "http://localhost:" + port;
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher csrf = CSRF.matcher(page(browser, base + "/login").body());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + encode(login) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        if (!location.endsWith("/login?error")) {
            HttpResponse<String> home = page(browser, URI.create(base).resolve(location).toString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("id=\"profile-link\"");
            return LOGGED_IN;
        }
        Matcher error = LOGIN_ERROR.matcher(page(browser, base + "/login?error").body());
        assertThat(error.find()).as("error shown on the login page").isTrue();
        return error.group(1).strip();
    }

    private static HttpResponse<String> page(HttpClient browser, String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
