package ru.reglament.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * An htmx request without a session cannot follow a redirect to the login page (htmx would paste
 * the login form into the card); it gets {@code HX-Redirect} to the login page instead, carrying
 * the page the user was on so that login returns there.
 */
final class HtmxLoginRedirect implements AuthenticationEntryPoint {

    static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        String target = "/login";
        String page = pathOf(request.getHeader("HX-Current-URL"));
        if (page != null) target += "?continue=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("HX-Redirect", target);
    }

    /** The path and query of the page, only when it is a page of this site. */
    static String pathOf(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) return null;
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
