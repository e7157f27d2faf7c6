package ru.reglament.workstation.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import ru.reglament.access.Actor;
import ru.reglament.shared.ForbiddenException;
import ru.reglament.shared.NotFoundException;

/**
 * A page that cannot be shown answers with a page, not with the API's problem+json: an unknown or
 * other organisation's application, a section the user's roles do not open. Runs before the API's
 * handler, for workstation pages only.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(annotations = WorkstationPage.class)
class PageErrors {

    private final PageModel frame;

    PageErrors(PageModel frame) {
        this.frame = frame;
    }

    /** An error page keeps the frame (panel, user) so the user can go on from it. */
    private String page(int status, String title, String message, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setStatus(status);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            frame.frame(actor, request, model);
        }
        model.addAttribute("errorTitle", title);
        model.addAttribute("errorMessage", message);
        return "workstation/error";
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(HttpServletResponse.SC_NOT_FOUND, "Не найдено", e.getMessage(), request, response, model);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return page(HttpServletResponse.SC_BAD_REQUEST, "Неверный адрес страницы",
                "Параметр «" + e.getName() + "» имеет неверное значение", request, response, model);
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    String forbidden(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(HttpServletResponse.SC_FORBIDDEN, "Нет доступа", "Ваши роли не открывают эту страницу",
                request, response, model);
    }
}
