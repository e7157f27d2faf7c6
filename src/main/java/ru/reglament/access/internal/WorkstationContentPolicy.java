package ru.reglament.access.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The workstation's Content-Security-Policy: everything from this site only, no inline script or
 * style, no eval. The one foreign script is CryptoPro's plug-in API, so its origin joins script-src.
 * Swagger UI (served in the test contour only) styles its elements inline, so its pages alone may
 * apply inline styles; their scripts stay as strict.
 */
final class WorkstationContentPolicy {

    /*
     * cadesplugin_api.js loads nmcades_plugin_api.js from the CryptoPro extension by a script element
     * in Chromium browsers (the Chrome Web Store's and Opera/Yandex's extension ids); browsers that let
     * extensions bypass a page's policy lose nothing by naming them, others need it.
     */
    private static final String CRYPTOPRO_EXTENSIONS =
            " chrome-extension://iifchhfnnmpdbibifmljnfjhpififfog chrome-extension://epebfcehmdedogndhlcacafjaacknbcm";

    private WorkstationContentPolicy() {
    }

    static HeaderWriter headerWriter(String cadesPluginUrl) {
        String strict = forPluginAt(cadesPluginUrl);
        String swaggerUi = strict.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
        return (request, response) -> {
            if (response.containsHeader("Content-Security-Policy")) return;
            boolean swagger = request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui/");
            response.setHeader("Content-Security-Policy", swagger ? swaggerUi : strict);
        };
    }

    static String forPluginAt(String cadesPluginUrl) {
        String pluginOrigin = originOf(cadesPluginUrl);
        return "default-src 'self'; "
                + "script-src 'self'" + (pluginOrigin == null ? "" : " " + pluginOrigin) + CRYPTOPRO_EXTENSIONS + "; "
                + "style-src 'self'; "
                + "img-src 'self' data:; "
                // The decision's PDF preview: a same-origin frame whose viewer Chromium runs as a plug-in.
                + "object-src 'self'; "
                + "frame-src 'self'; "
                + "frame-ancestors 'self'; "
                + "form-action 'self'; "
                + "base-uri 'self'";
    }

    /** The scheme://host[:port] of an absolute http(s) address; null for a path on this site. */
    static String originOf(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            URI uri = new URI(url.trim());
            if (uri.getHost() == null) return null;
            String host = uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            // A protocol-relative address: a source without a scheme takes the page's own.
            if (uri.getScheme() == null) return host;
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw new IllegalArgumentException("The CryptoPro plug-in script must be served over http(s): " + url);
            }
            return scheme + "://" + host;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid address of the CryptoPro plug-in script: " + url, e);
        }
    }
}
