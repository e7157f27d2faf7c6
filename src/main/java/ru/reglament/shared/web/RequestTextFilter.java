package ru.reglament.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.reglament.shared.FieldViolation;
import ru.reglament.shared.InputPolicy;
import ru.reglament.shared.Violations;

/**
 * The text policy for what arrives outside a JSON body: query parameters, form posts (the login form
 * included) and the names of uploaded files, before security or any handler reads them. Per-field
 * limits are the handlers' (an action's parameters, a search); here each value gets the character
 * rules and a bound that no field of the platform exceeds. A program gets 422 problem+json naming the
 * parameter, a person the error page; nothing runs further.
 */
@Component
// Right after the character-encoding filter and before Spring Security (order -100), so a login name
// never reaches the staff table with a NUL in it.
@Order(-101)
class RequestTextFilter extends OncePerRequestFilter {

    /** The longest parameter: a detached signature in Base64 posted by the signing form. */
    static final int MAX_PARAMETER = 100_000;
    static final int MAX_FILE_NAME = 255;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getQueryString() == null && !isForm(request)) {
            // A JSON body with no query (intake, actions): nothing here for this filter, and no parameter parsing to pay.
            chain.doFilter(request, response);
            return;
        }
        Violations violations = new Violations();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!InputPolicy.text("parameter", parameter.getKey(), InputPolicy.MAX_KEY, false, violations)) continue;
            for (String value : parameter.getValue()) {
                InputPolicy.text(parameter.getKey(), value, MAX_PARAMETER, true, violations);
            }
        }
        if (isMultipart(request)) fileNames(request, violations);
        if (violations.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        FieldViolation first = violations.list().get(0);
        if (!Problems.forProgram(request)) {
            request.setAttribute(Problems.MESSAGE_ATTRIBUTE, "Поле «" + first.field() + "»: " + first.message());
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input",
                "Некорректные входные данные", first.field() + ": " + first.message());
        problem.setProperty("errors", violations.list());
        Problems.write(response, problem);
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && (type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33)
                || type.regionMatches(true, 0, "multipart/", 0, 10));
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
    }

    private static void fileNames(HttpServletRequest request, Violations violations) throws IOException {
        try {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() != null) {
                    InputPolicy.text(part.getName() + ".fileName", part.getSubmittedFileName(), MAX_FILE_NAME, false,
                            violations);
                }
            }
        } catch (ServletException | IllegalStateException e) {
            // Not readable as multipart, or over the size limit: the multipart resolver reports it in its own terms.
        }
    }
}
