package ru.reglament.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * What Spring MVC itself refuses (no such page, wrong method, media type, size) and whatever no
 * module's handler caught: problem+json with a {@code rule} for a program, the error page for a
 * person. An unexpected exception is logged once, with the correlation id that the answer carries.
 * Runs after the modules' own handlers.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice
class StandardErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(StandardErrors.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) throws IOException {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            // The browser went away (a cancelled load): nobody to answer and nothing wrong with the server.
            log.debug("Client disconnected: {}", e.toString());
            return null;
        }
        String correlationId = Problems.newCorrelationId();
        HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        log.error("Unexpected error [{}] on {} {}", correlationId, servletRequest.getMethod(),
                servletRequest.getRequestURI(), e);
        servletRequest.setAttribute(Problems.CORRELATION_ATTRIBUTE, correlationId);
        if (!Problems.forProgram(servletRequest)) return page(HttpStatus.INTERNAL_SERVER_ERROR, request);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ruleOf(HttpStatus.INTERNAL_SERVER_ERROR),
                titleOf(HttpStatus.INTERNAL_SERVER_ERROR), detailOf(HttpStatus.INTERNAL_SERVER_ERROR, correlationId));
        problem.setProperty("correlationId", correlationId);
        return ResponseEntity.internalServerError().header(Problems.CORRELATION_HEADER, correlationId)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        if (!Problems.forProgram(servletRequest)) {
            try {
                return page(status, request);
            } catch (IOException io) {
                throw new IllegalStateException(io);
            }
        }
        String rule = ruleOf(status);
        ProblemDetail answer = Problems.of(status, rule, titleOf(status), detailOf(status, null));
        HttpHeaders answerHeaders = new HttpHeaders();
        if (headers != null) answerHeaders.putAll(headers);
        answerHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(answer, answerHeaders, status);
    }

    /** A person's request: the container sends the error page (ErrorPages) with this status. */
    private static ResponseEntity<Object> page(HttpStatusCode status, WebRequest request) throws IOException {
        HttpServletResponse response = ((NativeWebRequest) request).getNativeResponse(HttpServletResponse.class);
        response.sendError(status.value());
        return null;
    }

    /** The rule, title and detail of an HTTP status that says it all, with no domain words to add. */
    private record StatusWords(String rule, String title, String detail) {
    }

    // Our words for each status: Spring's own details are English and name internals such as resource paths.
    private static final Map<Integer, StatusWords> WORDS = Map.of(
            400, new StatusWords("bad-request", "Неверный запрос",
                    "Адрес или параметры запроса содержат недопустимые символы или значения"),
            401, new StatusWords("unauthenticated", "Требуется вход", "Войдите в систему"),
            403, new StatusWords("forbidden", "Нет доступа", "Ваши роли не открывают эту страницу"),
            404, new StatusWords("not-found", "Не найдено", "Такой страницы нет"),
            405, new StatusWords("method.not-allowed", "Метод не поддерживается", "Этот адрес не принимает запрос такого вида"),
            406, new StatusWords("not-acceptable", "Формат ответа не поддерживается", "Ответ в запрошенном формате не предусмотрен"),
            413, new StatusWords("too-large", "Слишком большой запрос", "Запрос или файл больше допустимого размера"),
            415, new StatusWords("media-type.unsupported", "Формат тела не поддерживается",
                    "Тело запроса в таком формате не принимается"));

    private static StatusWords words(HttpStatusCode status) {
        StatusWords known = WORDS.get(status.value());
        if (known != null) return known;
        return status.is5xxServerError()
                ? new StatusWords("internal", "Внутренняя ошибка", "Запрос не выполнен из-за внутренней ошибки")
                : new StatusWords("http-" + status.value(), "Ошибка запроса", "Запрос не выполнен");
    }

    static String ruleOf(HttpStatusCode status) {
        return words(status).rule();
    }

    static String titleOf(HttpStatusCode status) {
        return words(status).title();
    }

    /** The detail a person reads; a server error's names the correlation id to give support. */
    static String detailOf(HttpStatusCode status, String correlationId) {
        String detail = words(status).detail();
        return status.is5xxServerError() && correlationId != null
                ? detail + "; сообщите в поддержку код " + correlationId : detail;
    }
}
