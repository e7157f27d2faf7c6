package ru.reglament.workstation.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import ru.reglament.files.UploadLimit;
import ru.reglament.files.UploadLimits;

/**
 * A workstation form whose upload is larger than the server takes in any form is answered before
 * anything reads it: the page it came from opens again with a message. Left to the server, the
 * first reader of the form (the CSRF check, ahead of any page) fails on it and the user gets a bare
 * «413» page. Uploads within the ceiling reach the page, where the upload's own limit is checked.
 */
// After the session filter (the message is a flash attribute), ahead of Spring Security's chain (-100).
@Component
@Order(-110)
class OversizedFormUploads extends OncePerRequestFilter {

    private static final Pattern CARD_ACTION = Pattern.compile("/applications/(\\d+)/actions/[^/]+");

    private final long ceiling;
    private final UploadLimit formLimit;
    private final UploadLimit decisionLimit;
    private final SessionFlashMapManager flash = new SessionFlashMapManager();

    OversizedFormUploads(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize,
            UploadLimits limits) {
        this.ceiling = maxRequestSize.toBytes();
        this.formLimit = new UploadLimit("form", ceiling);
        this.decisionLimit = limits.of(UploadLimits.DECISION_DOCUMENT);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.toLowerCase().startsWith("multipart/")
                || request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= ceiling) {
            chain.doFilter(request, response);
            return;
        }
        Matcher card = CARD_ACTION.matcher(request.getRequestURI());
        String target;
        String message;
        if (card.matches()) {
            target = "/applications/" + card.group(1) + "?tab=decisions";
            // The card's only upload is the decision draft's file (the action upload-decision).
            message = "Проверьте данные формы: «Файл решения» — "
                    + decisionLimit.tooLarge("document").violations().get(0).message();
        } else {
            String from = request.getHeader("HX-Current-URL");
            target = samePagePath(from != null ? from : request.getHeader("Referer"), request);
            message = formLimit.tooLarge("file").getMessage();
        }
        // Only a signed-in user's session carries the message; anyone else lands on the login page anyway.
        if (request.getSession(false) != null) {
            FlashMap flashMap = new FlashMap();
            flashMap.put("flashError", message);
            flashMap.setTargetRequestPath(URI.create(target).getPath());
            flash.saveOutputFlashMap(flashMap, request, response);
        }
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_OK);
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", target);
        }
    }

    /** The path and query of a page of this site, so the answer never sends anyone elsewhere; else home. */
    static String samePagePath(String url, HttpServletRequest request) {
        if (url == null) return "/";
        try {
            URI uri = URI.create(url);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) return "/";
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) return "/";
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
