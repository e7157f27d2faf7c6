package ru.reglament.shared.web;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import ru.reglament.shared.ConflictException;
import ru.reglament.shared.FieldViolation;
import ru.reglament.shared.ForbiddenException;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.shared.NotFoundException;
import ru.reglament.shared.PayloadTooLargeException;
import ru.reglament.shared.UnavailableException;

/**
 * The one mapping from domain errors to RFC 9457 problem+json for the REST API. Every problem
 * carries a {@code rule}; input problems carry {@code errors}, each naming the field and the rule.
 */
// Ahead of Boot's generic problem-details handler, so input errors are 422 with the field named.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input",
                "Некорректные входные данные", e.getMessage());
        problem.setProperty("errors", e.violations());
        return problem;
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail payloadTooLarge(PayloadTooLargeException e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, e.violations().get(0).rule(),
                "Файл слишком большой", e.getMessage());
        problem.setProperty("errors", e.violations());
        problem.setProperty("limitBytes", e.limitBytes());
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail beanValidation(MethodArgumentNotValidException e) {
        List<FieldViolation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldViolation(error.getField(), ruleOf(error.getCode()), error.getDefaultMessage()))
                .toList();
        return invalidInput(new InvalidInputException(violations));
    }

    /**
     * A body that is not JSON at all is a bad request (400); JSON that parses but does not fit (a
     * duplicated or unknown field, a value of the wrong type) names the field and is 422.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        FieldViolation violation = JsonProblems.violation(e);
        if (violation == null) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, JsonProblems.malformedRule(e),
                    "Запрос не разобран", JsonProblems.malformedMessage(e));
            problem.setProperty("errors", List.of(new FieldViolation("body", JsonProblems.malformedRule(e),
                    JsonProblems.malformedMessage(e))));
            return problem;
        }
        return invalidInput(new InvalidInputException(List.of(violation)));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ProblemDetail missingParameter(Exception e) {
        String name = e instanceof MissingServletRequestParameterException m ? m.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        return invalidInput(new InvalidInputException(name, "required", "Обязательный параметр не передан"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalidInput(new InvalidInputException(e.getName(), "format", "Значение не подходит по формату"));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.rule(), "Конфликт с текущим состоянием", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, e.rule(), "Действие не разрешено", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "role", "Действие не разрешено", "Роль пользователя не позволяет это действие");
    }

    @ExceptionHandler(UnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(UnavailableException e) {
        log.warn("unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Сервис временно недоступен", e.getMessage()));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Не найдено", e.getMessage());
    }

    static ProblemDetail problem(HttpStatus status, String rule, String title, String detail) {
        return Problems.of(status, rule, title, detail);
    }

    private static String ruleOf(String constraintCode) {
        if (constraintCode == null) return "invalid";
        return switch (constraintCode) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Email" -> "email.format";
            case "Size" -> "length";
            case "Pattern" -> "format";
            default -> constraintCode.toLowerCase();
        };
    }
}
