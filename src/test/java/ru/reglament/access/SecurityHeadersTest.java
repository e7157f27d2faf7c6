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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.reglament.support.Api;
import ru.reglament.support.ScenarioBase;

/**
 * What a security reviewer checks in the browser's network tab: the workstation's
 * Content-Security-Policy, the referrer policy, Secure cookies and HSTS behind a TLS proxy.
 */
class SecurityHeadersTest extends ScenarioBase {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void workstationPagesAllowScriptsOnlyFromThisSiteAndNothingInline() {
        HttpClient browser = browser();
        HttpResponse<String> login = get(browser, "/login");
        assertStrictPolicy(login);
        assertNothingInline("/login", login.body());

        long id = fixtures().submit().get("id").asLong();
        logIn(browser, "registrar");
        for (String path : List.of("/", "/applications?scope=all", "/applications/" + id, "/notifications",
                "/reference", "/profile")) {
            assertPageIsStrict(browser, path);
        }
        // The card with the decision's PDF preview and the signing form with its plug-in script.
        HttpClient official = browser();
        logIn(official, "official");
        assertPageIsStrict(official, "/applications/" + fixtures().grantAwaitingSignature().get("id").asLong());
        HttpClient admin = browser();
        logIn(admin, "platform-admin");
        assertPageIsStrict(admin, "/admin/directory-import");
    }

    private void assertPageIsStrict(HttpClient browser, String path) {
        HttpResponse<String> page = get(browser, path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(page.body()).as(path).contains("id=\"profile-link\"");
        assertStrictPolicy(page);
        assertNothingInline(path, page.body());
    }

    @Test
    void everyAnswerKeepsTheReferrerWithinThisSite() {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/login", "/actuator/health", "/api/v1/applications")) {
            assertThat(send(client, request(path)).headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
        HttpResponse<String> api = send(client, request("/api/v1/staff/me").header("Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString(("registrar:" + Api.DEMO_PASSWORD).getBytes())));
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        // The API is no page: it carries no page policy.
        assertThat(api.headers().firstValue("Content-Security-Policy")).isEmpty();
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() {
        HttpResponse<String> secure = send(HttpClient.newHttpClient(),
                request("/login").header("X-Forwarded-Proto", "https"));
        assertThat(secure.statusCode()).isEqualTo(200);
        assertThat(sessionCookie(secure)).contains("Secure").contains("HttpOnly");
        assertThat(secure.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));

        HttpResponse<String> plain = send(HttpClient.newHttpClient(), request("/login"));
        assertThat(sessionCookie(plain)).doesNotContain("Secure").contains("HttpOnly");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void theTestContourDescribesItsApi() {
        HttpClient client = HttpClient.newHttpClient();
        assertThat(send(client, request("/v3/api-docs")).statusCode()).isEqualTo(200);
        assertThat(send(client, request("/swagger-ui.html")).statusCode()).isIn(200, 302);
        assertThat(send(client, request("/actuator/info")).statusCode()).isEqualTo(200);
    }

    private static void assertStrictPolicy(HttpResponse<String> page) {
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "style-src 'self'", "img-src 'self' data:",
                "frame-src 'self'", "frame-ancestors 'self'", "form-action 'self'", "base-uri 'self'");
        // The test contour's plug-in address is a path on this site, so no foreign web origin.
        assertThat(directive(policy, "script-src")).doesNotContain("http").startsWith("script-src 'self'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    /** No inline script, style or event handler that the policy would refuse. */
    private static void assertNothingInline(String page, String html) {
        assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(html).find()).as(page + ": inline script").isFalse();
        assertThat(Pattern.compile("<style[\\s>]").matcher(html).find()).as(page + ": style element").isFalse();
        assertThat(Pattern.compile("\\sstyle=").matcher(html).find()).as(page + ": style attribute").isFalse();
        assertThat(Pattern.compile("\\son[a-z]+=").matcher(html).find()).as(page + ": event handler").isFalse();
        assertThat(html).as(page).doesNotContain("javascript:", "hx-on");
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.trim().startsWith(name + " ")) return directive.trim();
        }
        throw new AssertionError("No " + name + " in " + policy);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("No session cookie: " + response.headers()));
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Logs in through the form as a browser does: the login page's CSRF token, then the form. */
    private void logIn(HttpClient browser, String login) {
        Matcher token = CSRF.matcher(get(browser, "/login").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + login + "&password=" + URLEncoder.encode(Api.DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(browser, request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private HttpResponse<String> get(HttpClient client, String path) {
        return send(client, request(path));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
