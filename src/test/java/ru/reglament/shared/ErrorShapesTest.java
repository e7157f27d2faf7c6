package ru.reglament.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import ru.reglament.support.Api;
import ru.reglament.support.ScenarioBase;
import tools.jackson.databind.JsonNode;

/**
 * Every error a program can meet answers in one shape, RFC 9457 problem+json with a rule, and a
 * person in a browser gets a page; no stack trace, SQL or server banner ever reaches either.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorShapesTest extends ScenarioBase {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void unauthenticatedApiCallGetsAProblemAndTheBasicChallenge() throws Exception {
        HttpResponse<String> anonymous = send(request("/api/v1/applications").GET().build());
        assertProblem(anonymous, 401, "unauthenticated");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Reglament\"");
        HttpResponse<String> wrongPassword = send(request("/api/v1/applications").header("Authorization", basic("registrar", "wrong"))
                .GET().build());
        assertProblem(wrongPassword, 401, "unauthenticated");
        assertProblem(send(request("/actuator/metrics").GET().build()), 401, "unauthenticated");
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        HttpResponse<String> answer = send(request("/api/v1/applications").header("Authorization", basic("portal", Api.DEMO_PASSWORD))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"portalNumber\": ")).build());
        assertProblem(answer, 400, "json.malformed");
        HttpResponse<String> empty = send(request("/api/v1/applications").header("Authorization", basic("portal", Api.DEMO_PASSWORD))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertProblem(empty, 400, "body.required");
    }

    @Test
    void wrongAddressMethodAndMediaTypesAnswerTheirStatusAsProblems() throws Exception {
        String registrar = basic("registrar", Api.DEMO_PASSWORD);
        assertProblem(send(request("/api/v1/no-such-thing").header("Authorization", registrar).GET().build()), 404, "not-found");
        assertProblem(send(request("/api/v1/applications").header("Authorization", registrar).DELETE().build()), 405,
                "method.not-allowed");
        assertProblem(send(request("/api/v1/applications").header("Authorization", basic("portal", Api.DEMO_PASSWORD))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build()), 415,
                "media-type.unsupported");
        long id = fixtures().submit().get("id").asLong();
        assertProblem(send(request("/api/v1/applications/" + id).header("Authorization", registrar)
                .header("Accept", "application/xml").GET().build()), 406, "not-acceptable");
    }

    @Test
    void anUnexpectedErrorIsLoggedOnceWithTheCorrelationIdTheAnswerCarries(CapturedOutput output) throws Exception {
        HttpResponse<String> answer = send(request("/api/v1/test-support/failure")
                .header("Authorization", basic("registrar", Api.DEMO_PASSWORD)).GET().build());
        JsonNode problem = assertProblem(answer, 500, "internal");
        String correlationId = problem.get("correlationId").asString();
        assertThat(correlationId).isNotBlank();
        assertThat(answer.headers().firstValue("X-Correlation-Id")).hasValue(correlationId);
        assertThat(problem.get("detail").asString()).contains(correlationId);
        assertThat(answer.body()).doesNotContain("secret_table", "SQL", "IllegalStateException");
        assertThat(output.getAll().lines().filter(line -> line.contains(correlationId))).hasSize(1);
        assertThat(output.getAll()).contains("secret_table");
    }

    @Test
    void theErrorAddressItselfAnswersProperly() throws Exception {
        assertProblem(send(request("/error").GET().build()), 404, "not-found");
        HttpResponse<String> page = send(request("/error").header("Accept", "text/html").GET().build());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("Такой страницы нет");
    }

    @Test
    void encodedSlashNulAndDotSegmentsInThePathAreBadRequests() throws Exception {
        String registrar = basic("registrar", Api.DEMO_PASSWORD);
        for (String path : new String[] {"/api/v1/applications/1%2F2", "/api/v1/applications/1%002",
                "/api/v1/applications/%2e%2e/x", "/api/v1/applications/1;x=%00"}) {
            HttpResponse<String> answer = send(request(path).header("Authorization", registrar).GET().build());
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(answer.body()).as(path).doesNotContain("Tomcat", "Apache", "<html");
        }
    }

    @Test
    void aPersonMeetsAPageNotJson() throws Exception {
        HttpResponse<String> missing = send(request("/no-such-page").header("Accept", "text/html").GET().build());
        // Not signed in: the login comes first, as for any page.
        assertThat(missing.statusCode()).isIn(302, 404);
        HttpResponse<String> badPath = send(request("/applications/1%002").header("Accept", "text/html").GET().build());
        assertThat(badPath.statusCode()).isEqualTo(400);
        assertThat(badPath.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(badPath.body()).contains("недопустимые символы").doesNotContain("Tomcat");
    }

    @Test
    void aFormPostWithAHostileValueGetsAPageNamingTheField() throws Exception {
        HttpResponse<String> answer = send(request("/login").header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=regi%00strar&password=x")).build());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(answer.body()).contains("Поле «username»", "U+0000");
    }

    private JsonNode assertProblem(HttpResponse<String> answer, int status, String rule) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).as(answer.body())
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = Api.json().readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (rule != null) assertThat(problem.get("rule").asString()).isEqualTo(rule);
        assertThat(answer.body()).doesNotContain("Exception", "at org.", "at ru.");
        return problem;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
