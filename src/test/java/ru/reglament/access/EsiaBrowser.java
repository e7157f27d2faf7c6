package ru.reglament.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser for logins through the ЕСИА simulator: cookies kept, redirects followed, except the one
 * back to the platform's callback (to see the code).
 */
final class EsiaBrowser {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final HttpClient stopping = HttpClient.newBuilder().cookieHandler(http.cookieHandler().orElseThrow())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Submits the page's form whose action ends with {@code action}, with its CSRF token and {@code fields}; not followed. */
    HttpResponse<String> submit(String base, String page, String action, String fields) throws Exception {
        Matcher form = Pattern.compile("<form method=\"post\" action=\"([^\"]*" + Pattern.quote(action) + ")\"").matcher(page);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(form.find()).as("the page has the form " + action).isTrue();
        assertThat(csrf.find()).as("the page has a CSRF token").isTrue();
        return stopping.send(HttpRequest.newBuilder(URI.create(base + form.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf.group(1)) + "&" + fields)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the simulator's form for the person; answers the redirect to the platform's callback. */
    HttpResponse<String> choose(String base, String page, String oid) throws Exception {
        Matcher form = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"[^>]*>\\s*"
                + "<input type=\"hidden\" name=\"oid\" value=\"" + oid + "\">\\s*"
                + "<input type=\"hidden\" name=\"client_id\" value=\"([^\"]+)\">\\s*"
                + "<input type=\"hidden\" name=\"redirect_uri\" value=\"([^\"]+)\">\\s*"
                + "<input type=\"hidden\" name=\"state\" value=\"([^\"]+)\">").matcher(page);
        assertThat(form.find()).as("the simulator offers " + oid).isTrue();
        String body = "oid=" + oid + "&client_id=" + enc(form.group(2)) + "&redirect_uri="
                + enc(form.group(3).replace("&amp;", "&")) + "&state=" + enc(form.group(4));
        HttpResponse<String> answer = stopping.send(HttpRequest.newBuilder(URI.create(base + form.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer;
    }

    /** Logs in as the person on the simulator's page {@code esiaPage}; answers the page the platform ends on. */
    HttpResponse<String> logInAs(String base, String esiaPage, String oid) throws Exception {
        return get(choose(base, esiaPage, oid).headers().firstValue("Location").orElseThrow());
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
