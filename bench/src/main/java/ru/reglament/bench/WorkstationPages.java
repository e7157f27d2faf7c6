package ru.reglament.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the workstation's pages as a browser gets them: a session from the login form, then each
 * page's full server-rendered HTML (server time plus one local round trip), p50/p95.
 */
final class WorkstationPages {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final int WARM_UP = 20;
    private static final int MEASURED = 100;

    private final String base;
    private final String password;

    WorkstationPages(int port, String password) {
        this.base = "http://localhost:" + port;
        this.password = password;
    }

    /** One logged-in browser: its own cookie jar, no redirects followed. */
    private HttpClient logIn(String login) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) throw new IllegalStateException("No CSRF token on the login page");
        String body = "username=" + enc(login) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Login of " + login + " failed: " + answer.statusCode() + " " + location);
        }
        return browser;
    }

    /**
     * @param cardId an application of organisation A, for the card page
     * @param portalNumber its portal number, for the number search
     * @param surname a common surname, for the name search
     */
    Map<String, String> measure(long cardId, String portalNumber, String surname) throws Exception {
        Map<String, String[]> pages = new LinkedHashMap<>();
        pages.put("home (registrar)", new String[] {"registrar", "/"});
        pages.put("home (official)", new String[] {"official", "/"});
        pages.put("home (observer: statistics)", new String[] {"observer", "/"});
        pages.put("«Заявления», «Мои»", new String[] {"registrar", "/applications"});
        pages.put("«Заявления», «Мои» (official: awaiting signature)", new String[] {"official", "/applications"});
        pages.put("organisation (org admin)", new String[] {"org-admin", "/organisation"});
        pages.put("«Заявления», «Все»", new String[] {"registrar", "/applications?scope=all"});
        pages.put("«Заявления», status filter", new String[] {"registrar", "/applications?scope=all&status=NEW"});
        pages.put("«Заявления», surname search", new String[] {"registrar", "/applications?scope=all&q=" + enc(surname)});
        pages.put("«Заявления», portal number", new String[] {"registrar", "/applications?scope=all&q=" + enc(portalNumber)});
        pages.put("card", new String[] {"registrar", "/applications/" + cardId});
        pages.put("notifications", new String[] {"registrar-b", "/notifications"});
        pages.put("reference", new String[] {"specialist", "/reference"});
        pages.put("directory import", new String[] {"platform-admin", "/admin/directory-import"});
        Map<String, HttpClient> browsers = new LinkedHashMap<>();
        Map<String, String> results = new LinkedHashMap<>();
        for (var page : pages.entrySet()) {
            String login = page.getValue()[0];
            HttpClient browser = browsers.containsKey(login) ? browsers.get(login) : logIn(login);
            browsers.put(login, browser);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + page.getValue()[1]))
                    .header("Accept", "text/html").build();
            for (int i = 0; i < WARM_UP; i++) get(browser, request);
            long[] times = new long[MEASURED];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                get(browser, request);
                times[i] = System.nanoTime() - start;
            }
            Arrays.sort(times);
            results.put("page: " + page.getKey(), String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms",
                    times[times.length / 2] / 1e6, times[(int) (times.length * 0.95)] / 1e6));
        }
        return results;
    }

    private static void get(HttpClient browser, HttpRequest request) throws Exception {
        HttpResponse<String> response = browser.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " -> " + response.statusCode());
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
