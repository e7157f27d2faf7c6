package ru.reglament.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The workstation as a browser uses it, without a browser: a session from the login form, pages, the card's upload form. */
public record WorkstationSession(HttpClient http, String base) {


    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static WorkstationSession logIn(int port, String login) throws Exception {
        WorkstationSession w = new WorkstationSession(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build(),
                "http://localhost:" + port);
        String csrf = w.csrf(w.get("/login"));
        HttpResponse<String> loggedIn = w.http.send(HttpRequest.newBuilder(URI.create(w.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + login + "&password=" + Api.DEMO_PASSWORD
                        + "&_csrf=" + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return w;
    }

    /** Sends the card's «Загрузить проект решения» form with the file and returns the page it leads to. */
    public String postUpload(long id, byte[] file) throws Exception {
        String card = get("/applications/" + id);
        Matcher action = Pattern.compile("action=\"(/applications/" + id + "/actions/upload-decision[^\"]*)\"")
                .matcher(card);
        assertThat(action.find()).as("the card offers the upload form").isTrue();
        Matcher version = Pattern.compile("data-action=\"upload-decision\"[\\s\\S]*?name=\"version\" value=\"(\\d+)\"")
                .matcher(card);
        assertThat(version.find()).isTrue();
        String boundary = "----workstation" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "_csrf", csrf(card));
        field(body, boundary, "version", version.group(1));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"; filename=\"decision.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + action.group(1)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isIn(302, 303);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/applications/" + id);
        URI next = URI.create(base).resolve(location);
        return get(next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
    }

    public String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The status a page answers with, without failing the test. */
    public int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("the page's form carries a CSRF token").isTrue();
        return m.group(1);
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
