package ru.reglament.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Внутренняя ошибка",
                "Запрос не выполнен из-за внутренней ошибки; сообщите в поддержку код " + correlationId);
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

    static String ruleOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method.not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "media-type.unsupported";
            default -> status.is5xxServerError() ? "internal" : "http-" + status.value();
        };
    }

    /** Our words for the status (Spring's own details are English and name internals such as resource paths). */
    static String detailOf(HttpStatusCode status, String correlationId) {
        return switch (status.value()) {
            case 400 -> "Адрес или параметры запроса содержат недопустимые символы или значения";
            case 401 -> "Войдите в систему";
            case 403 -> "Ваши роли не открывают эту страницу";
            case 404 -> "Такой страницы нет";
            case 405 -> "Этот адрес не принимает запрос такого вида";
            case 406 -> "Ответ в запрошенном формате не предусмотрен";
            case 413 -> "Запрос или файл больше допустимого размера";
            case 415 -> "Тело запроса в таком формате не принимается";
            default -> status.is5xxServerError()
                    ? "Запрос не выполнен из-за внутренней ошибки; сообщите в поддержку код " + correlationId
                    : "Запрос не выполнен";
        };
    }

    static String titleOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "Неверный запрос";
            case 401 -> "Требуется вход";
            case 403 -> "Нет доступа";
            case 404 -> "Не найдено";
            case 405 -> "Метод не поддерживается";
            case 406 -> "Формат ответа не поддерживается";
            case 413 -> "Слишком большой запрос";
            case 415 -> "Формат тела не поддерживается";
            default -> status.is5xxServerError() ? "Внутренняя ошибка" : "Ошибка запроса";
        };
    }
}
