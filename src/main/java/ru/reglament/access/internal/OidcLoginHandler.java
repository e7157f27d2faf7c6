package ru.reglament.access.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import ru.reglament.access.Actor;

/**
 * After the OpenID Connect provider has vouched for a person: the employee they are (created or
 * updated from the token's claims), who then works as any logged-in employee does, the session's
 * principal an {@link Actor}. A refusal (no role, a deactivated employee, the failed-login throttle:
 * {@link ExternalLogins}) ends the login: nothing stays in the session but the message the login page shows.
 */
class OidcLoginHandler implements AuthenticationSuccessHandler {

    private final ExternalLogins logins;
    private final OidcProperties properties;
    private final AuthenticationSuccessHandler afterLogin;

    OidcLoginHandler(ExternalLogins logins, OidcProperties properties, AuthenticationSuccessHandler afterLogin) {
        this.logins = logins;
        this.properties = properties;
        this.afterLogin = afterLogin;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        OidcUser user = (OidcUser) authentication.getPrincipal();
        String login = claim(user, properties.loginClaim());
        if (login == null) login = user.getSubject();
        String name = claim(user, properties.nameClaim());
        Actor actor;
        try {
            actor = logins.logIn(new ExternalLogins.Identity(properties.providerName(), login,
                    name == null || name.isBlank() ? login : name, null, list(user, properties.groupsClaim()),
                    list(user, properties.organisationClaim()), confirmed(user)), request.getRemoteAddr(),
                    InvitationPage.followed(request.getSession(false)));
        } catch (ExternalLogins.Refused refused) {
            SessionLogins.refuse(request, response, refused.getMessage());
            return;
        }
        // The OAuth2 login filter has given the session a new id already.
        afterLogin.onAuthenticationSuccess(request, response, SessionLogins.keep(request, response, actor));
    }

    /** The account counts as confirmed unless a claim is named for it and says otherwise. */
    private boolean confirmed(OidcUser user) {
        return properties.confirmedClaim() == null || "true".equals(claim(user, properties.confirmedClaim()));
    }

    private static String claim(OidcUser user, String name) {
        Object value = user.getClaims().get(name);
        return value == null ? null : String.valueOf(value);
    }

    /** A claim as a list: providers send one value or an array. */
    private static List<String> list(OidcUser user, String name) {
        Object value = user.getClaims().get(name);
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> many) many.forEach(v -> values.add(String.valueOf(v)));
        else if (value != null) values.add(String.valueOf(value));
        return values;
    }
}
