package ru.reglament.access.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After login: the page named by {@code continue} (set when an htmx request found the session
 * expired), else the page the browser asked for before the login form, else the home page.
 * Only local paths are followed, so the parameter cannot send the user to another site.
 */
final class ReturnToPageAfterLogin extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        String page = request.getParameter("continue");
        if (page != null && page.startsWith("/") && !page.startsWith("//") && !page.startsWith("/\\")) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, page);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
