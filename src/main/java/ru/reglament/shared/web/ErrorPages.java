package ru.reglament.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The container's error page, for whatever ended in an error outside Spring MVC's handlers (a filter,
 * the security firewall, a rejected URL, a servlet error): problem+json for a program, a plain page for
 * a person, never a stack trace. Visited directly, {@code /error} is simply not found.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final ITemplateEngine templates;

    ErrorPages(ITemplateEngine templates) {
        this.templates = templates;
    }

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.resolve(c)
                : HttpStatus.NOT_FOUND;
        String correlationId = null;
        if (status.is5xxServerError()) {
            correlationId = (String) request.getAttribute(Problems.CORRELATION_ATTRIBUTE);
            if (correlationId == null) {
                // Not logged by a handler yet: the error came from outside Spring MVC.
                correlationId = Problems.newCorrelationId();
                log.error("Server error [{}] on {}", correlationId, Problems.path(request),
                        (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            }
        }
        Object message = request.getAttribute(Problems.MESSAGE_ATTRIBUTE);
        String detail = message instanceof String own ? own : StandardErrors.detailOf(status, correlationId);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (correlationId != null) answer.header(Problems.CORRELATION_HEADER, correlationId);
        if (Problems.forProgram(request)) {
            ProblemDetail problem = Problems.of(status, StandardErrors.ruleOf(status), StandardErrors.titleOf(status), detail);
            if (correlationId != null) problem.setProperty("correlationId", correlationId);
            return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        Context page = new Context(Locale.forLanguageTag("ru"));
        page.setVariable("status", status.value());
        page.setVariable("title", StandardErrors.titleOf(status));
        page.setVariable("detail", detail);
        return answer.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(templates.process("error-page", page));
    }
}
