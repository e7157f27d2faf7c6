package ru.reglament.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details (RFC 9457) as the platform writes them: a {@code type} under our base, a stable
 * {@code rule}, and for a server error a {@code correlationId} that the log line carries too.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://reglament.ru/problems/";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    /** The request attribute under which a server error's correlation id travels to the error page. */
    static final String CORRELATION_ATTRIBUTE = Problems.class.getName() + ".correlationId";
    /** The request attribute with the platform's own words for the error page (never the container's). */
    static final String MESSAGE_ATTRIBUTE = Problems.class.getName() + ".message";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String rule, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + rule));
        problem.setTitle(title);
        problem.setProperty("rule", rule);
        return problem;
    }

    /**
     * Whether the request is a program's (the REST API, its description, the actuator) rather than a
     * person's in a browser: a program gets problem+json, a person a page.
     */
    public static boolean forProgram(HttpServletRequest request) {
        String path = path(request);
        if (path.startsWith("/api/") || path.startsWith("/v3/") || path.startsWith("/actuator")) return true;
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept == null || !accept.contains("text/html");
    }

    /** Writes the problem as the whole response, for code that runs outside Spring MVC (filters, entry points). */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) body.put("instance", problem.getInstance().toString());
        if (problem.getProperties() != null) body.putAll(problem.getProperties());
        JSON.writeValue(response.getOutputStream(), body);
    }

    /**
     * An entry point for a program's request that is not authenticated: 401 with the Basic challenge
     * and a problem body, instead of the container's empty answer.
     */
    public static void unauthenticated(HttpServletResponse response, String realm) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\"");
        write(response, of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Требуется вход",
                "Передайте логин и пароль (HTTP Basic) или токен доступа"));
    }

    /** What the security chain answers a program whose roles do not open the address. */
    public static void forbidden(HttpServletResponse response) throws IOException {
        write(response, of(HttpStatus.FORBIDDEN, "role", "Действие не разрешено", "Роль пользователя не позволяет это действие"));
    }

    /**
     * A refusal written by a filter, outside Spring MVC: a page with the message for a person, problem+json
     * with the rule for a program.
     */
    public static void forbidden(HttpServletRequest request, HttpServletResponse response, String rule, String detail)
            throws IOException {
        if (!forProgram(request)) {
            request.setAttribute(MESSAGE_ATTRIBUTE, detail);
            response.sendError(HttpStatus.FORBIDDEN.value());
            return;
        }
        write(response, of(HttpStatus.FORBIDDEN, rule, "Доступ запрещён", detail));
    }

    /** A request the security firewall refused (an encoded slash, NUL or other trick in the path). */
    public static void rejected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!forProgram(request)) {
            request.setAttribute(MESSAGE_ATTRIBUTE, "Адрес страницы содержит недопустимые символы");
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        write(response, of(HttpStatus.BAD_REQUEST, "url.rejected", "Неверный адрес",
                "Адрес запроса содержит недопустимые символы или последовательности (закодированная косая черта, NUL, ..)"));
    }

    /** A new id for one server error: short enough to read out over the phone to support. */
    static String newCorrelationId() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
    }

    /** The path within the application, as the error dispatch or the original request saw it. */
    static String path(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        String uri = original instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        return uri == null ? "" : context != null && !context.isEmpty() && uri.startsWith(context)
                ? uri.substring(context.length()) : uri;
    }
}
