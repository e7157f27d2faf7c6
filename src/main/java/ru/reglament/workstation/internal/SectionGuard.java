package ru.reglament.workstation.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import ru.reglament.access.Actor;
import ru.reglament.shared.ForbiddenException;

/**
 * A section's pages open only for the roles that see the section in the panel (sections.yaml), so a
 * typed-in address reaches no more than the panel offers.
 */
@Component
class SectionGuard implements HandlerInterceptor {

    private final Sections sections;

    SectionGuard(Sections sections) {
        this.sections = sections;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Actor actor)) return true;
        sections.owning(request.getRequestURI()).ifPresent(section -> {
            if (!sections.allows(actor, section.code())) {
                throw new ForbiddenException("section", "Раздел недоступен для ваших ролей");
            }
        });
        return true;
    }
}
